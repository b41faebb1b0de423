use yew::prelude::*;

use super::phrase::phrase;
use crate::domain::config::Config;
use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::Key;
use crate::domain::outputs::events::Cta;

/// Call and book, in the same place on every step (WCAG 3.2.6).
pub fn help_bar(config: &Config, lang: Lang, on_cta: &Callback<Cta>) -> Html {
    let on_call = on_cta.reform(|_: MouseEvent| Cta::Call);
    let on_book = on_cta.reform(|_: MouseEvent| Cta::Book);
    html! {
        <footer class="help">
            <p class="help-lead">
                { phrase(Key::HelpQuestions, lang) }{ " " }<span class="clinic">{ config.clinic.clone() }</span>
            </p>
            <div class="help-actions">
                <a class="button secondary cta-call" href={config.phone.tel_href()} onclick={on_call}>
                    { phrase(Key::HelpCall, lang) }{ " " }{ config.phone.display.clone() }
                </a>
                if let Some(url) = config.booking_url.clone() {
                    <a class="button primary cta-book" href={url} target="_blank" rel="noopener noreferrer" onclick={on_book}>
                        { phrase(Key::HelpBook, lang) }
                    </a>
                }
            </div>
        </footer>
    }
}
