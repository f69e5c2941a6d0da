//! Request bodies under a deadline. The HTTP layer waits without limit for the
//! rest of a body nobody reads (a chunked GET) or that never ends (a POST left
//! open), so one client could hold sockets until the site stops answering.
//! Here a body on a method that takes none is refused, a POST body is read
//! whole within `BODY_DEADLINE`, and a refused body is kept unread until the
//! answer is sent, which makes the HTTP layer close the connection.

use super::limits::refuse;
use crate::locale::fr::errors;
use actix_web::body::{BodySize, BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::web::{Bytes, BytesMut};
use actix_web::{Error, HttpMessage};
use futures_util::StreamExt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

/// Time for a whole request body to arrive.
pub const BODY_DEADLINE: Duration = Duration::from_secs(10);
/// Bytes read before a body is judged too large; the handlers' own limit is lower.
const READ_CAP: usize = 16 * 1024;

/// An answer that keeps the unread body alive until the answer's last byte:
/// the HTTP layer then closes the connection instead of waiting to drain it.
pub struct Holding {
    body: BoxBody,
    _unread: Payload,
}

impl MessageBody for Holding {
    type Error = Box<dyn std::error::Error>;

    fn size(&self) -> BodySize {
        self.body.size()
    }

    fn poll_next(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, Self::Error>>> {
        Pin::new(&mut self.body).poll_next(cx)
    }
}

fn has_body(req: &ServiceRequest) -> bool {
    let h = req.headers();
    if h.contains_key(header::TRANSFER_ENCODING) {
        return true;
    }
    h.get(header::CONTENT_LENGTH)
        .is_some_and(|v| v.to_str().ok().and_then(|s| s.trim().parse::<u64>().ok()) != Some(0))
}

enum Read {
    Whole(Bytes),
    TooLarge(Bytes),
    Broken,
    Late,
}

async fn read(payload: &mut Payload) -> Read {
    let whole = async {
        let mut buf = BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let Ok(chunk) = chunk else {
                return Read::Broken;
            };
            buf.extend_from_slice(&chunk);
            if buf.len() > READ_CAP {
                return Read::TooLarge(buf.freeze());
            }
        }
        Read::Whole(buf.freeze())
    };
    tokio::time::timeout(BODY_DEADLINE, whole)
        .await
        .unwrap_or(Read::Late)
}

pub async fn bodies<B: MessageBody + 'static>(
    mut req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B, Holding>>, Error> {
    if !has_body(&req) {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    let mut payload = req.take_payload();
    if req.method() != Method::POST {
        // The router answers first, so a method no route takes keeps its 405;
        // a body sent where none is taken never gets a page in return.
        let res = next.call(req).await?;
        if !res.status().is_success() && !res.status().is_redirection() {
            return Ok(closing(res, payload).map_into_right_body());
        }
        let req = ServiceRequest::from_request(res.into_parts().0);
        return Ok(refused(
            req,
            payload,
            StatusCode::BAD_REQUEST,
            "body-not-allowed",
            errors::BODY_NOT_ALLOWED,
        ));
    }
    match read(&mut payload).await {
        Read::Whole(bytes) => {
            req.set_payload(Payload::from(bytes));
            Ok(next.call(req).await?.map_into_left_body())
        }
        // The handler says "too large" in its own words; the rest stays unread.
        Read::TooLarge(start) => {
            req.set_payload(Payload::from(start));
            let res = next.call(req).await?;
            Ok(closing(res, payload).map_into_right_body())
        }
        Read::Broken => Ok(refused(
            req,
            payload,
            StatusCode::BAD_REQUEST,
            "invalid-body",
            errors::BODY_BROKEN,
        )),
        Read::Late => Ok(refused(
            req,
            payload,
            StatusCode::REQUEST_TIMEOUT,
            "body-too-slow",
            errors::BODY_TOO_SLOW,
        )),
    }
}

/// The refusal the limits would give, closing the connection on the unread body.
fn refused<B>(
    req: ServiceRequest,
    unread: Payload,
    status: StatusCode,
    slug: &str,
    detail: &str,
) -> ServiceResponse<EitherBody<B, Holding>> {
    let r = refuse(&req, status, slug, detail);
    closing(req.into_response(r), unread).map_into_right_body()
}

fn closing<B: MessageBody + 'static>(
    res: ServiceResponse<B>,
    unread: Payload,
) -> ServiceResponse<Holding> {
    let mut res = res.map_into_boxed_body().map_body(|_, body| Holding {
        body,
        _unread: unread,
    });
    res.response_mut()
        .head_mut()
        .set_connection_type(actix_web::http::ConnectionType::Close);
    res
}
