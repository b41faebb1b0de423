//! Sends the visitor's "contact me" request to the clinic's endpoint: a JSON POST, no
//! cookies, nothing else attached.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCredentials, RequestInit, RequestMode, Response};

use crate::domain::lead::LeadBody;
use crate::js_json;
use crate::ui::LeadRequest;

async fn post(url: &str, body: &LeadBody) -> Result<bool, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_mode(RequestMode::Cors);
    init.set_credentials(RequestCredentials::Omit);
    // The serde body, written by the browser's own JSON.stringify.
    let body = js_json::stringify(body).ok_or_else(|| JsValue::from_str("no body"))?;
    init.set_body(&JsValue::from_str(&body));
    let headers = Object::new();
    Reflect::set(&headers, &"content-type".into(), &"application/json".into())?;
    init.set_headers(&headers);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await?;
    Ok(response
        .dyn_into::<Response>()
        .map(|r| r.ok())
        .unwrap_or(false))
}

pub fn sender() -> yew::Callback<LeadRequest> {
    yew::Callback::from(|request: LeadRequest| {
        yew::platform::spawn_local(async move {
            let sent = post(&request.url, &request.body).await.unwrap_or(false);
            request.done.emit(sent);
        });
    })
}
