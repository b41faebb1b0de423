//! What the start screen promises about data, decided from the configuration so that the
//! sentence is true for each page: a widget that sends nothing says so; one that feeds the
//! page's analytics or takes contact requests says what goes, and when.

use crate::domain::config::Config;
use crate::domain::copy::text::Key;

/// The start screen's privacy promise, true to this configuration: nothing sent at all;
/// for the page's analytics, exactly what `WidgetEvent` can carry (start, finish, the
/// estimate's city, the button pressed; never an answer); the type of result
/// only after the visitor's tick; a contact request only if the visitor asks for one.
pub fn privacy_sentences(config: &Config) -> Vec<Key> {
    let mut keys = vec![Key::StartPrivacy];
    let sends = config.data_layer || config.share_outcome || config.lead_url.is_some();
    if !sends {
        keys.push(Key::PrivacyNothingSent);
    }
    if config.data_layer {
        keys.push(Key::PrivacyAnalyticsLearn);
    }
    if config.share_outcome {
        keys.push(Key::PrivacyShareIfTicked);
    }
    if config.lead_url.is_some() {
        keys.push(Key::PrivacyContactIfAsked);
    }
    keys
}
