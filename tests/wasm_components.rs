//! Components in a real browser (headless Chromium through wasm-bindgen-test): mounted into
//! an open shadow root, clicked, asserted.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use smp_widget::domain::config::Config;
use smp_widget::domain::copy::lang::Lang;
use smp_widget::ui::{App, AppProps};

wasm_bindgen_test_configure!(run_in_browser);

fn shadow_host() -> ShadowRoot {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap()
}

fn mount_app(root: &ShadowRoot, lang: Lang) {
    let document = web_sys::window().unwrap().document().unwrap();
    let container = document.create_element("div").unwrap();
    root.append_child(&container).unwrap();
    let props = AppProps {
        config: Rc::new(Config::default()),
        lang,
        on_ready: Default::default(),
        on_event: Default::default(),
        commands: Default::default(),
        store: Default::default(),
        send_lead: Default::default(),
        keep: Default::default(),
        pictures: Default::default(),
    };
    yew::Renderer::<App>::with_root_and_props(container, props).render();
}

/// What the loader leaves before the wasm arrives: the element with the marketer's fallback
/// link, and an open shadow root that shows that link through a slot.
fn host_with_fallback() -> (HtmlElement, ShadowRoot) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document
        .create_element("smp-widget")
        .unwrap()
        .dyn_into()
        .unwrap();
    let link = document.create_element("a").unwrap();
    link.set_attribute("href", "tel:7605010080").unwrap();
    link.set_text_content(Some("Call the clinic"));
    host.append_child(&link).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    root.append_child(&document.create_element("slot").unwrap())
        .unwrap();
    (host, root)
}

/// Waits for what the test expects to show: Yew renders on its own scheduler, so the DOM
/// catches up a task or two after an action. Yields one macrotask at a time and goes on
/// the moment `ready` holds; fails after 3 s.
async fn until(what: &str, ready: impl Fn() -> bool) {
    let deadline = js_sys::Date::now() + 3000.0;
    while !ready() {
        assert!(
            js_sys::Date::now() < deadline,
            "timed out waiting for {what}"
        );
        TimeoutFuture::new(0).await;
    }
}

/// The first `h2` contains `needle`.
fn heading_has(root: &ShadowRoot, needle: &str) -> bool {
    root.query_selector("h2")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .is_some_and(|t| t.contains(needle))
}

fn query(root: &ShadowRoot, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in the shadow root"))
        .dyn_into()
        .unwrap()
}

/// Waits for the start screen, then presses Start.
async fn start(root: &ShadowRoot) {
    until("the start screen", || {
        root.query_selector(".start-button")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    query(root, ".start-button").click();
}

fn text(root: &ShadowRoot, selector: &str) -> String {
    query(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn start_screen_leads_to_the_pattern_question_inside_a_shadow_root() {
    let root = shadow_host();
    mount_app(&root, Lang::En);
    until("the start screen", || {
        heading_has(&root, "Is scalp micropigmentation")
    })
    .await;
    assert!(text(&root, "h2").contains("Is scalp micropigmentation right for you?"));
    assert!(text(&root, ".start").contains("about a minute"));
    // The live region exists from the first render.
    assert!(root.query_selector("[role=status]").unwrap().is_some());

    query(&root, ".start-button").click();
    until("the first question, focused", || {
        heading_has(&root, "Which picture") && root.active_element().is_some()
    })
    .await;
    assert!(text(&root, "h2").contains("Which picture looks most like your hair loss?"));
    assert_eq!(
        root.query_selector_all(".picture-choice").unwrap().length(),
        8
    );
    // Focus followed the visitor to the new heading.
    let active = root.active_element().expect("focus inside the widget");
    assert_eq!(active.tag_name(), "H2");
}

#[wasm_bindgen_test]
async fn choosing_a_picture_checks_it_and_next_moves_on() {
    let root = shadow_host();
    mount_app(&root, Lang::En);
    start(&root).await;
    until("the first question", || heading_has(&root, "Which picture")).await;

    query(&root, ".next-button").click();
    until("the unanswered message", || {
        root.query_selector(".error").ok().flatten().is_some()
    })
    .await;
    assert!(text(&root, ".error").contains("Choose one answer"));
    assert!(
        text(&root, "h2").contains("Which picture"),
        "an unanswered question must not advance"
    );

    let near_complete = root
        .query_selector_all(".picture-choice")
        .unwrap()
        .item(3)
        .unwrap();
    near_complete.dyn_into::<HtmlElement>().unwrap().click();
    // The browser ticks the radio at once; the widget's own highlight shows it has rendered.
    until("the ticked picture", || {
        root.query_selector(".choice.is-checked")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let checked = query(&root, "input:checked")
        .closest("label")
        .unwrap()
        .unwrap();
    assert_eq!(
        checked.text_content().unwrap().trim(),
        "Complete or near-complete loss"
    );
    // The highlight follows the answer, and only the answer.
    let highlighted = root.query_selector_all(".choice.is-checked").unwrap();
    assert_eq!(highlighted.length(), 1);
    assert!(highlighted.item(0).unwrap().is_same_node(Some(&checked)));

    query(&root, ".next-button").click();
    until("the second question", || {
        heading_has(&root, "How do you wear")
    })
    .await;
    assert!(text(&root, "h2").contains("How do you wear your hair"));
    assert!(text(&root, ".progress-text").contains("Step 2 of 5"));
}

/// The pattern step's pictures, in order.
fn pictures(root: &ShadowRoot) -> Vec<web_sys::Element> {
    let found = root.query_selector_all(".pattern-picture").unwrap();
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|node| node.dyn_into().ok())
        .collect()
}

/// Issue 18: the pictures are drawn once per widget and the same elements come back each
/// time the pattern step shows; two widgets on one page each keep their own. (Here no idle
/// time draws them first, so the first show draws them: the bench measures the idle path.)
#[wasm_bindgen_test]
async fn pattern_pictures_are_drawn_once_per_widget() {
    let (first, second) = (shadow_host(), shadow_host());
    mount_app(&first, Lang::En);
    mount_app(&second, Lang::Es);
    for root in [&first, &second] {
        start(root).await;
        until("the pattern step", || pictures(root).len() == 8).await;
    }
    let drawn = pictures(&first);
    // Each widget shows all eight of its own, each in its own choice.
    assert_eq!(pictures(&second).len(), 8);
    for (mine, theirs) in drawn.iter().zip(pictures(&second)) {
        assert!(!mine.is_same_node(Some(&theirs)));
        assert!(mine.closest(".picture-choice").unwrap().is_some());
        assert_eq!(mine.get_attribute("aria-hidden").as_deref(), Some("true"));
    }
    assert_eq!(
        first
            .query_selector_all(".pattern-picture .hair.dense")
            .unwrap()
            .length(),
        7
    );

    query(&first, ".back-button").click();
    until("the start screen again", || pictures(&first).is_empty()).await;
    query(&first, ".start-button").click();
    until("the pattern step again", || pictures(&first).len() == 8).await;
    for (again, before) in pictures(&first).iter().zip(&drawn) {
        assert!(
            again.is_same_node(Some(before)),
            "a picture was drawn again"
        );
    }
    // The other widget still has its own.
    assert_eq!(pictures(&second).len(), 8);
}

/// Issue 18: `draw_next`, the piece of work each idle period runs, draws one picture per
/// call, all eight, then says it is done; a widget that is gone draws no more.
#[wasm_bindgen_test]
fn idle_drawing_takes_one_picture_at_a_time() {
    let pictures = smp_widget::ui::PatternPictures::default();
    assert!(pictures.draw_next() && pictures.draw_next());
    let steps = std::iter::from_fn(|| pictures.draw_next().then_some(())).count();
    assert_eq!(steps, 6);
    assert!(!pictures.draw_next());

    let gone = smp_widget::ui::PatternPictures::default();
    assert!(gone.draw_next());
    gone.forget();
    assert!(!gone.draw_next());
}

#[wasm_bindgen_test]
async fn spanish_start_screen() {
    let root = shadow_host();
    mount_app(&root, Lang::Es);
    until("the Spanish start screen", || {
        heading_has(&root, "micropigmentación")
    })
    .await;
    assert!(text(&root, "h2").contains("micropigmentación capilar"));
    assert_eq!(
        query(&root, ".widget").get_attribute("lang").as_deref(),
        Some("es-US")
    );
}

/// STO-4: the storage adapter never panics when `window.localStorage` throws, or when
/// `setItem` does; progress falls back to memory.
#[wasm_bindgen_test]
fn storage_adapter_survives_storage_that_throws() {
    use smp_widget::embed::storage;
    let window = web_sys::window().unwrap();
    // Whatever another test left behind does not count.
    storage::remove();
    // setItem throwing QuotaExceededError.
    let real = js_sys::Reflect::get(&window, &"localStorage".into()).unwrap();
    let proto = js_sys::Object::get_prototype_of(&real);
    let set_item = js_sys::Reflect::get(&proto, &"setItem".into()).unwrap();
    let throwing =
        js_sys::Function::new_no_args("throw new DOMException('full', 'QuotaExceededError')");
    js_sys::Reflect::set(&proto, &"setItem".into(), &throwing).unwrap();
    storage::save("{\"v\":1}");
    assert_eq!(
        storage::load().as_deref(),
        Some("{\"v\":1}"),
        "kept in memory"
    );
    js_sys::Reflect::set(&proto, &"setItem".into(), &set_item).unwrap();
    // The getter itself throwing SecurityError (cookies blocked).
    let descriptor = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args("throw new DOMException('denied', 'SecurityError')");
    js_sys::Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&window, &"localStorage".into(), &descriptor);
    storage::save("{\"v\":2}");
    assert_eq!(storage::load().as_deref(), Some("{\"v\":2}"));
    storage::remove();
    assert_eq!(storage::load(), None);
    // The page's own localStorage back, for whatever runs next.
    js_sys::Reflect::delete_property(&window, &"localStorage".into()).unwrap();
    assert!(window.local_storage().is_ok());
}

/// The stylesheet ships minified (build.rs): Chromium reads every rule of it exactly as it
/// reads the source.
#[wasm_bindgen_test]
fn minified_stylesheet_means_what_the_source_says() {
    let rules = |css: &str| -> Vec<String> {
        let sheet = web_sys::CssStyleSheet::new().unwrap();
        sheet.replace_sync(css).unwrap();
        let list = sheet.css_rules().unwrap();
        // Custom properties serialise their value as written; a space after a comma
        // never changes what a value means.
        (0..list.length())
            .map(|i| list.item(i).unwrap().css_text().replace(", ", ","))
            .collect()
    };
    let source = rules(include_str!("../styles/widget.css"));
    let shipped = rules(include_str!(concat!(env!("OUT_DIR"), "/widget.min.css")));
    assert!(
        source.len() > 40,
        "the source stylesheet parsed to {} rules",
        source.len()
    );
    if let Some((shipped, source)) = shipped.iter().zip(&source).find(|(a, b)| a != b) {
        panic!("minified rule\n  {shipped}\nreads differently from the source's\n  {source}");
    }
    assert_eq!(shipped.len(), source.len());
}

#[wasm_bindgen_test]
async fn the_widget_takes_the_fallbacks_place_in_one_step() {
    let (host, root) = host_with_fallback();
    let ready = js_sys::Promise::new(&mut |resolve, _| {
        host.add_event_listener_with_callback("smp:ready", &resolve)
            .unwrap();
    });
    let mut handle =
        smp_widget::embed::mount(host.clone(), root.clone(), None, false, None).unwrap();
    // Until its first render is done, the page shows the fallback alone. Had the widget's
    // box joined it for a frame, the box would grow by the link's height and the host page
    // below would jump (a layout shift the benchmark caught).
    assert!(
        root.query_selector(".smp-app").unwrap().is_none(),
        "the widget is in the page beside the fallback before it is ready"
    );
    assert!(root.query_selector("slot").unwrap().is_some());
    wasm_bindgen_futures::JsFuture::from(ready).await.unwrap();
    assert!(
        root.query_selector("slot").unwrap().is_none(),
        "the fallback is still shown once the widget is ready"
    );
    query(&root, ".start-button");
    handle.unmount();
    assert!(root.query_selector(".smp-app").unwrap().is_none());
    assert!(root.query_selector("slot").unwrap().is_some());
    host.remove();
}

/// Issue 15: the estimator on its own — the city comparison as a real table, the plan as one
/// picture with its legend, and what the visitor takes home: the summary printed alone (a
/// print-only sheet on the document, gone after printing) and the calendar file (a Blob).
#[wasm_bindgen_test]
async fn the_estimator_shows_a_city_table_and_a_plan_and_prints_and_downloads_a_calendar() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let (host, root) = host_with_fallback();
    let mut handle =
        smp_widget::embed::mount(host.clone(), root.clone(), None, false, None).unwrap();
    until("the start screen", || {
        root.query_selector(".skip-to-cost")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    query(&root, ".skip-to-cost").click();
    until("the estimator", || heading_has(&root, "Estimate your cost")).await;

    // A table: caption, two column headers, a row header per city, a bar per row.
    let table = query(&root, "table.city-chart");
    assert!(text(&root, "table.city-chart caption").contains("prices by city"));
    assert_eq!(
        table
            .query_selector_all("thead th[scope=col]")
            .unwrap()
            .length(),
        2
    );
    let rows = table.query_selector_all("tbody tr").unwrap().length();
    assert_eq!(rows, 6, "the article's six cities");
    assert_eq!(
        table
            .query_selector_all("tbody th[scope=row]")
            .unwrap()
            .length(),
        rows
    );
    assert_eq!(
        table.query_selector_all("tbody .bar").unwrap().length(),
        rows
    );

    // The plan: three sessions by default, a marker each, and a legend line each.
    assert_eq!(
        root.query_selector_all(".timeline-picture .tl-session")
            .unwrap()
            .length(),
        3
    );
    assert_eq!(
        root.query_selector_all(".plan-list .plan-session")
            .unwrap()
            .length(),
        3
    );
    assert_eq!(
        root.query_selector(".timeline-picture")
            .unwrap()
            .expect("the plan's picture")
            .get_attribute("aria-hidden")
            .as_deref(),
        Some("true")
    );

    // Print: the dialog is stubbed; the document carries one more sheet and the element its
    // mark until the browser says printing ended.
    let print = js_sys::Function::new_no_args("window.__printed = (window.__printed || 0) + 1");
    js_sys::Reflect::set(&window, &"print".into(), &print).unwrap();
    let before = document.adopted_style_sheets().length();
    query(&root, ".print-button").click();
    until("the print dialog asked for", || {
        js_sys::Reflect::get(&window, &"__printed".into())
            .ok()
            .and_then(|v| v.as_f64())
            == Some(1.0)
    })
    .await;
    assert_eq!(document.adopted_style_sheets().length(), before + 1);
    assert!(host.has_attribute("data-smp-print"));
    let sheet: web_sys::CssStyleSheet = document
        .adopted_style_sheets()
        .get(before)
        .dyn_into()
        .unwrap();
    let rules = sheet.css_rules().unwrap();
    assert_eq!(rules.length(), 1);
    assert!(rules
        .item(0)
        .unwrap()
        .css_text()
        .starts_with("@media print"));
    window
        .dispatch_event(&web_sys::Event::new("afterprint").unwrap())
        .unwrap();
    assert_eq!(document.adopted_style_sheets().length(), before);
    assert!(!host.has_attribute("data-smp-print"));
    js_sys::Reflect::delete_property(&window, &"print".into()).unwrap();

    // The calendar: the Blob handed to an object URL is the iCalendar text.
    let url = js_sys::Reflect::get(&window, &"URL".into()).unwrap();
    let create = js_sys::Reflect::get(&url, &"createObjectURL".into()).unwrap();
    let capture =
        js_sys::Function::new_with_args("blob", "window.__blob = blob; return 'data:text/plain,'");
    js_sys::Reflect::set(&url, &"createObjectURL".into(), &capture).unwrap();
    query(&root, ".calendar-button").click();
    until("the calendar file", || {
        js_sys::Reflect::get(&window, &"__blob".into()).is_ok_and(|b| !b.is_undefined())
    })
    .await;
    js_sys::Reflect::set(&url, &"createObjectURL".into(), &create).unwrap();
    let blob: web_sys::Blob = js_sys::Reflect::get(&window, &"__blob".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(blob.type_(), "text/calendar;charset=utf-8");
    let ics = wasm_bindgen_futures::JsFuture::from(blob.text())
        .await
        .unwrap()
        .as_string()
        .unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 3);
    handle.unmount();
    host.remove();
}
