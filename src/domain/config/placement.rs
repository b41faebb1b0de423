//! Where the widget sits and what it offers: option values the registry reads and the
//! configuration holds (here, not in `config`, so that neither needs the other).

/// Inline on the page, or a launcher button that opens a dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// In the page, where the element is.
    #[default]
    Inline,
    /// A launcher button opens it in a modal dialog.
    Popup,
}

/// Which parts the widget offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Parts {
    /// The quiz, then the estimator.
    #[default]
    QuizAndEstimator,
    /// The quiz alone.
    QuizOnly,
    /// The estimator alone, the sessions chosen by hand.
    EstimatorOnly,
}
