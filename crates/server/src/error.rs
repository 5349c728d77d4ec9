//! JSON errors: every failure leaves the server as `{"error": "message"}` with a 4xx/5xx status.

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};
use axum::response::IntoResponse;
use axum::Json;

/// A request failure with its HTTP status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// 400: a malformed parameter.
    #[error("{0}")]
    BadRequest(String),
    /// 401: a write without valid credentials.
    #[error("{0}")]
    Unauthorized(String),
    /// 403: writes are switched off.
    #[error("{0}")]
    Forbidden(String),
    /// 404: no such record.
    #[error("{0}")]
    NotFound(String),
    /// 413: the body is over the limit.
    #[error("{0}")]
    PayloadTooLarge(String),
    /// 415: the body is not JSON.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// 422: well-formed JSON that is not a usable article.
    #[error("{0}")]
    Unprocessable(String),
    /// 500: the store or the pipeline failed.
    #[error("{0}")]
    Internal(String),
}

impl ApiError {
    /// The HTTP status this error is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A store failure; logged, answered with 500.
    pub(crate) fn internal(what: impl std::fmt::Display) -> Self {
        tracing::error!(error = %what, "request failed");
        ApiError::Internal(format!("internal error: {what}"))
    }
}

impl From<storyline_store::StoreError> for ApiError {
    fn from(e: storyline_store::StoreError) -> Self {
        ApiError::internal(e)
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(e: tokio::task::JoinError) -> Self {
        ApiError::internal(format!("worker task failed: {e}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        let status = self.status();
        let mut resp = (status, Json(serde_json::json!({ "error": self.to_string() }))).into_response();
        if status == StatusCode::UNAUTHORIZED {
            resp.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        resp
    }
}

/// Rewrites error responses that are not JSON (axum's extractor rejections,
/// tower-http's 408 and 413, unknown routes) into `{"error": ...}`, keeping the status.
pub(crate) async fn json_errors(resp: Response<Body>) -> Response<Body> {
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let text = axum::body::to_bytes(body, 16 * 1024)
        .await
        .ok()
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .filter(|t| !t.is_empty());
    let message = match (status, text) {
        (StatusCode::NOT_FOUND, _) => "no such route".to_string(),
        (StatusCode::PAYLOAD_TOO_LARGE, _) => "request body is larger than the server accepts".to_string(),
        (StatusCode::REQUEST_TIMEOUT, _) => "request timed out".to_string(),
        (_, Some(t)) => t,
        (s, None) => s.canonical_reason().unwrap_or("request failed").to_string(),
    };
    let mut out = (status, Json(serde_json::json!({ "error": message }))).into_response();
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            out.headers_mut().insert(name.clone(), value.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_match_kinds() {
        assert_eq!(ApiError::NotFound("x".into()).status(), StatusCode::NOT_FOUND);
        assert_eq!(ApiError::PayloadTooLarge("x".into()).status(), StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(ApiError::Unprocessable("x".into()).status(), StatusCode::UNPROCESSABLE_ENTITY);
        let r = ApiError::Unauthorized("no".into()).into_response();
        assert_eq!(r.headers().get(header::WWW_AUTHENTICATE).unwrap(), "Bearer");
    }

    #[tokio::test]
    async fn plain_text_errors_become_json() {
        let plain = Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(header::CONTENT_TYPE, "text/plain")
            .body(Body::from("Failed to deserialize query string"))
            .unwrap();
        let out = json_errors(plain).await;
        assert_eq!(out.status(), StatusCode::BAD_REQUEST);
        let bytes = axum::body::to_bytes(out.into_body(), 1024).await.unwrap();
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v["error"], "Failed to deserialize query string");
    }
}
