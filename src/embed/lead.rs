//! Sends the visitor's "contact me" request to the clinic's endpoint: a JSON POST through
//! gloo-net, no cookies, nothing else attached.

use gloo_net::http::Request;
use web_sys::{RequestCredentials, RequestMode};

use crate::domain::outputs::lead::{LeadBody, LeadReply};
use crate::js_json;
use crate::ui::LeadRequest;

/// The endpoint's HTTP status; `None` when there was no response (offline, refused by CORS
/// or the page's CSP, a broken address).
async fn post(url: &str, body: &LeadBody) -> Option<u16> {
    // The serde body, written by the browser's own JSON.stringify.
    let text = js_json::stringify(body)?;
    let response = Request::post(url)
        .mode(RequestMode::Cors)
        .credentials(RequestCredentials::Omit)
        .header("content-type", "application/json")
        .body(text)
        .ok()?
        .send()
        .await
        .ok()?;
    Some(response.status())
}

/// Sends each request the app asks for and reports back how it went.
pub fn sender() -> yew::Callback<LeadRequest> {
    yew::Callback::from(|request: LeadRequest| {
        yew::platform::spawn_local(async move {
            let status = post(&request.url, &request.body).await;
            request.done.emit(LeadReply::of_status(status));
        });
    })
}
