//! Request and ingest metrics, rendered in the Prometheus text exposition format.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

use storyline_store::Counts;

/// Upper bounds (seconds) of the latency histogram buckets.
const BUCKETS: [f64; 14] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Debug, Default, Clone)]
struct Histogram {
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, secs: f64) {
        for (bound, n) in BUCKETS.iter().zip(self.buckets.iter_mut()) {
            if secs <= *bound {
                *n += 1;
            }
        }
        self.count += 1;
        self.sum += secs;
    }
}

#[derive(Debug, Default)]
struct Recorded {
    /// `(route, method, status)` → count.
    requests: BTreeMap<(String, String, u16), u64>,
    /// `route` → latencies.
    latency: BTreeMap<String, Histogram>,
    ingested: u64,
    ingest_rejected: u64,
    ingest_seconds: Histogram,
}

/// Counters and histograms shared by every request.
#[derive(Debug, Default)]
pub struct Metrics {
    recorded: Mutex<Recorded>,
}

impl Metrics {
    /// Records one answered request. `route` is the matched route pattern, never the raw path.
    pub fn record_request(&self, route: &str, method: &str, status: u16, elapsed: Duration) {
        if let Ok(mut r) = self.recorded.lock() {
            *r.requests.entry((route.to_string(), method.to_string(), status)).or_insert(0) += 1;
            r.latency.entry(route.to_string()).or_default().observe(elapsed.as_secs_f64());
        }
    }

    /// Records one `POST /api/articles` ingest: `created` when it added a new article,
    /// `accepted` when the input was usable (new or already stored).
    pub fn record_ingest(&self, accepted: bool, created: bool, elapsed: Duration) {
        if let Ok(mut r) = self.recorded.lock() {
            if created {
                r.ingested += 1;
            }
            if !accepted {
                r.ingest_rejected += 1;
            }
            r.ingest_seconds.observe(elapsed.as_secs_f64());
        }
    }

    /// The exposition text: store counts, ingest totals and rate, per-route requests and latencies.
    pub fn render(&self, counts: Option<Counts>, uptime: Duration) -> String {
        let mut out = String::with_capacity(4096);
        let uptime_s = uptime.as_secs_f64();
        gauge(&mut out, "storyline_uptime_seconds", "Seconds since the server started.", uptime_s);
        if let Some(c) = counts {
            gauge(&mut out, "storyline_articles", "Articles in the store.", c.articles as f64);
            gauge(&mut out, "storyline_stories", "Stories in the store.", c.stories as f64);
            gauge(&mut out, "storyline_events", "Events in the store.", c.events as f64);
        }
        let Ok(r) = self.recorded.lock() else {
            return out;
        };
        counter(&mut out, "storyline_ingested_articles_total", "Articles ingested through the API.", r.ingested);
        counter(
            &mut out,
            "storyline_ingest_rejected_total",
            "API ingest requests rejected as unusable articles.",
            r.ingest_rejected,
        );
        let rate = if uptime_s > 0.0 { r.ingested as f64 / uptime_s } else { 0.0 };
        gauge(
            &mut out,
            "storyline_ingest_rate_per_second",
            "Articles ingested through the API per second, averaged over the uptime.",
            rate,
        );
        let _ = writeln!(out, "# HELP storyline_ingest_duration_seconds Time to ingest one article through the API.");
        let _ = writeln!(out, "# TYPE storyline_ingest_duration_seconds histogram");
        histogram_lines(&mut out, "storyline_ingest_duration_seconds", "", &r.ingest_seconds);

        let _ =
            writeln!(out, "# HELP storyline_http_requests_total HTTP requests answered, by route, method and status.");
        let _ = writeln!(out, "# TYPE storyline_http_requests_total counter");
        for ((route, method, status), n) in &r.requests {
            let _ = writeln!(
                out,
                "storyline_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{status}\"}} {n}",
                escape(route),
                escape(method)
            );
        }
        let _ = writeln!(out, "# HELP storyline_http_request_duration_seconds HTTP request latency, by route.");
        let _ = writeln!(out, "# TYPE storyline_http_request_duration_seconds histogram");
        for (route, h) in &r.latency {
            let labels = format!("route=\"{}\",", escape(route));
            histogram_lines(&mut out, "storyline_http_request_duration_seconds", &labels, h);
        }
        out
    }
}

fn gauge(out: &mut String, name: &str, help: &str, value: f64) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}");
}

fn counter(out: &mut String, name: &str, help: &str, value: u64) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}");
}

/// `labels` is empty or ends with a comma.
fn histogram_lines(out: &mut String, name: &str, labels: &str, h: &Histogram) {
    for (bound, n) in BUCKETS.iter().zip(h.buckets.iter()) {
        let _ = writeln!(out, "{name}_bucket{{{labels}le=\"{bound}\"}} {n}");
    }
    let _ = writeln!(out, "{name}_bucket{{{labels}le=\"+Inf\"}} {}", h.count);
    let bare = labels.trim_end_matches(',');
    let braces = if bare.is_empty() { String::new() } else { format!("{{{bare}}}") };
    let _ = writeln!(out, "{name}_sum{braces} {}", h.sum);
    let _ = writeln!(out, "{name}_count{braces} {}", h.count);
}

fn escape(label: &str) -> String {
    label.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_buckets_are_cumulative() {
        let m = Metrics::default();
        m.record_request("/api/search", "GET", 200, Duration::from_millis(3));
        m.record_request("/api/search", "GET", 200, Duration::from_millis(300));
        m.record_request("/api/search", "GET", 400, Duration::from_micros(100));
        let text = m.render(Some(Counts { articles: 3, stories: 2, events: 1 }), Duration::from_secs(10));
        assert!(text.contains("storyline_articles 3\n"));
        assert!(text.contains(r#"storyline_http_requests_total{route="/api/search",method="GET",status="200"} 2"#));
        assert!(text.contains(r#"storyline_http_request_duration_seconds_bucket{route="/api/search",le="0.005"} 2"#));
        assert!(text.contains(r#"storyline_http_request_duration_seconds_bucket{route="/api/search",le="+Inf"} 3"#));
        assert!(text.contains(r#"storyline_http_request_duration_seconds_count{route="/api/search"} 3"#));
    }

    #[test]
    fn ingest_rate_uses_uptime() {
        let m = Metrics::default();
        for _ in 0..4 {
            m.record_ingest(true, true, Duration::from_millis(5));
        }
        m.record_ingest(true, false, Duration::from_millis(1));
        m.record_ingest(false, false, Duration::from_millis(1));
        let text = m.render(None, Duration::from_secs(2));
        assert!(text.contains("storyline_ingested_articles_total 4\n"));
        assert!(text.contains("storyline_ingest_rejected_total 1\n"));
        assert!(text.contains("storyline_ingest_rate_per_second 2\n"));
        assert!(text.contains("storyline_ingest_duration_seconds_count 6\n"));
    }

    #[test]
    fn labels_are_escaped() {
        assert_eq!(escape("a\"b\\c"), "a\\\"b\\\\c");
    }
}
