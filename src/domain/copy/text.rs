//! Every string the widget shows, in English and Spanish. The macro makes a missing
//! translation a compile error; `Key::ALL` lets tests lint every string.
//!
//! Each language is stored as one string with the end of every phrase in it, computed at
//! compile time: two bytes a phrase, where a `match` over string literals compiles to a
//! table of eight-byte pointers and lengths that barely compresses.

use crate::domain::copy::lang::Lang;

/// Where each of `lengths`' phrases ends in their concatenation.
const fn phrase_ends<const N: usize>(lengths: [usize; N]) -> [u16; N] {
    let mut ends = [0u16; N];
    let mut end = 0;
    let mut i = 0;
    while i < N {
        end += lengths[i];
        assert!(
            end <= u16::MAX as usize,
            "a language's phrases exceed 64 KiB"
        );
        ends[i] = end as u16;
        i += 1;
    }
    ends
}

/// Phrase `index` of `all`, the concatenation `ends` describes.
fn nth_phrase(all: &'static str, ends: &[u16], index: usize) -> &'static str {
    let start = match index.checked_sub(1) {
        Some(before) => ends.get(before).copied().unwrap_or(0),
        None => 0,
    };
    let end = ends.get(index).copied().unwrap_or(start);
    all.get(usize::from(start)..usize::from(end)).unwrap_or("")
}

/// A phrase with named placeholders (`{host}`) filled in; a placeholder with no value
/// given stays as written, so a missing value shows rather than vanishes.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    // `split_once`, not index slicing: no panic path ships for a malformed phrase.
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let named = after.split_once('}').and_then(|(name, tail)| {
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value, tail))
        });
        match named {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

macro_rules! phrases {
    ($($key:ident => $en:literal, $es:literal;)*) => {
        /// A phrase the widget can show.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)* }

        const ENGLISH: &str = concat!($($en),*);
        const SPANISH: &str = concat!($($es),*);
        const ENGLISH_ENDS: [u16; Key::ALL.len()] = phrase_ends([$($en.len()),*]);
        const SPANISH_ENDS: [u16; Key::ALL.len()] = phrase_ends([$($es.len()),*]);

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            pub fn text(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => nth_phrase(ENGLISH, &ENGLISH_ENDS, self as usize),
                    Lang::Es => nth_phrase(SPANISH, &SPANISH_ENDS, self as usize),
                }
            }
        }
    };
}

phrases! {
    // Start.
    WidgetTitle => "Is scalp micropigmentation right for you?",
        "¿Es la micropigmentación capilar adecuada para usted?";
    StartIntro => "Answer a few questions to see whether scalp micropigmentation (SMP) could suit you, and what it might cost.",
        "Responda unas preguntas para saber si la micropigmentación capilar (SMP, por sus siglas en inglés) podría ser para usted y cuánto podría costar.";
    StartDuration => "It takes about a minute.", "Toma más o menos un minuto.";
    StartPrivacy => "Your answers stay in this browser.",
        "Sus respuestas se quedan en este navegador.";
    PrivacyNothingSent => "Nothing is sent anywhere.", "No se envía nada a ningún lado.";
    PrivacyAnalyticsLearn => "This site's statistics record only your start and finish, the city you choose for prices and the buttons you press, never your answers.",
        "Las estadísticas de este sitio solo registran cuándo empieza y termina, la ciudad que elige para ver precios y los botones que presiona, nunca sus respuestas.";
    PrivacyShareIfTicked => "Your result is shared only if you check the box for it.",
        "Su resultado solo se comparte si usted marca la casilla.";
    PrivacyContactIfAsked => "Your details go to the clinic only if you ask it to contact you.",
        "Sus datos solo llegan a la clínica si usted pide que se comuniquen con usted.";
    StartButton => "Start the self-assessment", "Comenzar la autoevaluación";
    // Navigation.
    Next => "Next", "Siguiente";
    Back => "Back", "Atrás";
    SeeResult => "See my result", "Ver mi resultado";
    StepOf => "Step {n} of {m}", "Paso {n} de {m}";
    ChooseOne => "Choose one answer to continue.", "Elija una respuesta para continuar.";
    StartOver => "Start over", "Empezar de nuevo";
    Close => "Close", "Cerrar";
    OtherLanguage => "Español", "English";
    RememberProgress => "Remember my answers on this device for 24 hours (other code on this site can read them)",
        "Recordar mis respuestas en este dispositivo por 24 horas (otros programas de este sitio pueden leerlas)";
    ShareOutcome => "Include my result (not my answers) in this site's statistics",
        "Incluir mi resultado (no mis respuestas) en las estadísticas de este sitio";
    ForgetAnswers => "Clear my answers", "Borrar mis respuestas";
    LeadHeading => "Ask the clinic to contact you", "Pida que la clínica se comunique con usted";
    LeadName => "Your name", "Su nombre";
    LeadContact => "Phone or email", "Teléfono o correo electrónico";
    LeadConsent => "I agree that {clinic} may use these details to contact me about micropigmentation.",
        "Acepto que {clinic} use estos datos para comunicarse conmigo sobre la micropigmentación.";
    LeadReceiver => "Your request goes to {host}.", "Su solicitud llegará a {host}.";
    LeadIncludeAnswers => "Also send my quiz answers (listed below)",
        "Enviar también mis respuestas (aparecen abajo)";
    LeadOnlyContact => "Only your name and contact details are sent, and only to the clinic.",
        "Solo se envían su nombre y sus datos de contacto, y solo a la clínica.";
    LeadWillSend => "What will be sent with your request:", "Lo que se enviará con su solicitud:";
    LeadClinicLanguage => "The clinic receives this in English.",
        "La clínica recibe esta información en inglés y sabrá que usted prefiere el español.";
    LeadSend => "Send my request", "Enviar mi solicitud";
    LeadSending => "Sending…", "Enviando…";
    LeadSent => "Thank you. The clinic will contact you.", "Gracias. La clínica se comunicará con usted.";
    LeadBusy => "The clinic's site could not take your request just now. Your details are still here: please try again in a minute, or call the clinic.",
        "El sitio de la clínica no pudo recibir su solicitud en este momento. Sus datos siguen aquí: intente de nuevo en un minuto o llame a la clínica.";
    LeadNotSent => "Sorry, your request did not go through. Your details are still here: please try again, or call the clinic.",
        "Lo sentimos, su solicitud no se pudo enviar. Sus datos siguen aquí: intente de nuevo o llame a la clínica.";
    LeadTryAgain => "Try again", "Intentar de nuevo";
    LeadCall => "Call {phone}", "Llamar al {phone}";
    LeadNeedName => "Please enter your name.", "Escriba su nombre, por favor.";
    LeadNeedContact => "Please enter a phone number or an email address.", "Escriba un teléfono o un correo electrónico, por favor.";
    // Help, the same on every step.
    HelpQuestions => "Questions? Talk to", "¿Tiene preguntas? Hable con";
    HelpCall => "Call", "Llamar al";
    HelpBook => "Book a consultation", "Programar una cita";
    // Questions.
    QPattern => "Which picture looks most like your hair loss?",
        "¿Qué imagen se parece más a su pérdida de cabello?";
    QPatternHint => "Pick the closest one; it doesn't have to be exact.",
        "Elija la más parecida; no tiene que ser exacta.";
    ScaleNorwood => "Hairline and crown (more common in men)",
        "Entradas y coronilla (más común en hombres)";
    ScaleLudwig => "Thinning on top (more common in women)",
        "Cabello ralo en la parte superior (más común en mujeres)";
    ScaleOther => "Something else", "Otra cosa";
    QArea => "Which area would you like to treat?", "¿Qué zona le gustaría tratar?";
    QDetailBrows => "What is happening with your eyebrows?", "¿Qué pasa con sus cejas?";
    QDetailLips => "What would you like for your lips or lashes?",
        "¿Qué le gustaría para sus labios o pestañas?";
    QDetailAreola => "Why are you considering areola micropigmentation?",
        "¿Por qué está considerando la micropigmentación de la areola?";
    QDetailVitiligo => "Where are the vitiligo patches?", "¿Dónde están las manchas de vitíligo?";
    QDetailScars => "Where is the scar?", "¿Dónde está la cicatriz?";
    QMakeup => "Does any of these apply to you?", "¿Le pasa alguna de estas cosas?";
    QHairLength => "How do you wear your hair, or how would you like to?",
        "¿Cómo lleva el cabello, o cómo le gustaría llevarlo?";
    QSkinScalp => "How is the skin on your scalp right now?",
        "¿Cómo está la piel de su cuero cabelludo en este momento?";
    QSkinArea => "How is the skin in that area right now?",
        "¿Cómo está la piel de esa zona en este momento?";
    QKeloid => "Have you ever had a keloid (a raised scar that grows beyond the original wound)?",
        "¿Alguna vez ha tenido un queloide, una cicatriz abultada que crece más allá de la herida original?";
    QSkinTone => "Which best describes your natural skin tone?",
        "¿Cuál describe mejor su tono de piel natural?";
    QSkinToneHint => "We ask because a past keloid calls for a specialist's look, especially with darker skin.",
        "Lo preguntamos porque un queloide previo requiere la revisión de un especialista, sobre todo con piel más oscura.";
    QMotivation => "What best describes why you're looking into this now?",
        "¿Cuál de estas opciones describe mejor por qué le interesa ahora?";
    // Options: pattern.
    OptRecedingHairline => "Receding hairline", "Entradas (el nacimiento del cabello retrocede)";
    OptCrownThinning => "Thinning or bald crown", "Coronilla despoblada o calva";
    OptHairlineAndCrown => "Receding hairline and crown", "Entradas y coronilla";
    OptNearCompleteLoss => "Complete or near-complete loss", "Pérdida total o casi total";
    OptWideningPart => "Widening part", "Raya cada vez más ancha";
    OptDiffuseThinning => "Thinning all over the top", "Cabello ralo en toda la parte superior";
    OptScarOrBirthmark => "Only a scar or birthmark on my scalp",
        "Solo una cicatriz o marca de nacimiento en el cuero cabelludo";
    OptOtherArea => "Another area (brows, lips, skin, scars)", "Otra zona (cejas, labios, piel, cicatrices)";
    // Options: areas and their branches.
    OptEyebrows => "Eyebrows", "Cejas";
    OptLipsOrLashes => "Lips or lash line", "Labios o línea de las pestañas";
    OptAreola => "Areola (the skin around the nipple)", "Areola (la piel alrededor del pezón)";
    OptVitiligo => "Vitiligo patches", "Manchas de vitíligo";
    OptScars => "Scars on the face or body", "Cicatrices en la cara o el cuerpo";
    OptBrowsAge => "They have thinned with age", "Se han despoblado con la edad";
    OptBrowsTreatment => "They thinned after a medical treatment",
        "Se despoblaron después de un tratamiento médico";
    OptBrowsChoice => "I'd like them fuller or better defined",
        "Me gustaría que se vieran más pobladas o definidas";
    OptLips => "Darker or more defined lips", "Labios más oscuros o mejor definidos";
    OptLashes => "A fuller-looking lash line", "Una línea de pestañas que se vea más poblada";
    OptAreolaSurgery => "Reconstruction after breast surgery",
        "Reconstrucción después de una cirugía de senos";
    OptAreolaOther => "Another reason", "Otro motivo";
    OptVitiligoFace => "On my face", "En la cara";
    OptVitiligoBody => "On my body or hands", "En el cuerpo o las manos";
    OptScarFacial => "On my face, after reconstructive surgery",
        "En la cara, después de una cirugía reconstructiva";
    OptScarBody => "On my body", "En el cuerpo";
    OptDislikeMakeup => "I'd rather not put on makeup every day", "Prefiero no maquillarme todos los días";
    OptAllergic => "I'm allergic to regular cosmetics", "Tengo alergia a los cosméticos comunes";
    OptTremorVision => "Hand tremors or poor vision make makeup hard",
        "Los temblores en las manos o la mala vista me dificultan maquillarme";
    OptNoneOfThese => "None of these", "Ninguna de estas";
    // Options: hair, skin, keloid, tone, motivation.
    OptShaved => "Shaved or buzzed", "Rapado o al ras";
    OptShort => "Short, and I'm happy to keep it short", "Corto, y me parece bien mantenerlo corto";
    OptLonger => "Longer, and I'd like to keep it that way", "Más largo, y me gustaría mantenerlo así";
    OptNoCondition => "Healthy, no skin condition", "Sana, sin ninguna afección";
    OptProneCalm => "I get acne or psoriasis, but I have no flare-up right now",
        "Suelo tener acné o psoriasis, pero ahora no tengo ningún brote";
    OptAcneFlare => "Acne is flaring up right now", "Tengo un brote de acné en este momento";
    OptPsoriasisFlare => "Psoriasis or another sensitive-skin condition is flaring up",
        "Tengo un brote de psoriasis u otra afección de piel sensible";
    OptKeloidNever => "No, never", "No, nunca";
    OptKeloidYes => "Yes, I have had a keloid", "Sí, he tenido un queloide";
    OptKeloidNotSure => "I'm not sure", "No lo sé";
    OptToneLighter => "Lighter", "Claro";
    OptToneMedium => "Medium", "Medio";
    OptToneDarker => "Darker", "Oscuro";
    OptTonePreferNot => "I'd rather not say", "Prefiero no decirlo";
    OptConsidered => "I've been thinking about it for a while", "Lo he estado pensando desde hace tiempo";
    OptTouchUp => "I'd like a touch-up of earlier pigmentation", "Quiero retocar una micropigmentación anterior";
    OptTrend => "It's popular right now and I'd like to try it", "Está de moda y me gustaría probarlo";
    // Outcomes.
    OutcomeGreat => "Scalp micropigmentation looks like a great fit for you",
        "La micropigmentación capilar parece una excelente opción para usted";
    OutcomeGreatBrows => "Eyebrow micropigmentation looks like a great fit for you",
        "La micropigmentación de cejas parece una excelente opción para usted";
    OutcomeGreatLips => "Lip micropigmentation looks like a great fit for you",
        "La micropigmentación de labios parece una excelente opción para usted";
    OutcomeGreatLashLine => "Lash-line micropigmentation looks like a great fit for you",
        "La micropigmentación de la línea de las pestañas parece una excelente opción para usted";
    OutcomeGreatAreola => "Areola micropigmentation looks like a great fit for you",
        "La micropigmentación de la areola parece una excelente opción para usted";
    OutcomeGreatVitiligo => "Micropigmentation for vitiligo looks like a great fit for you",
        "La micropigmentación para el vitíligo parece una excelente opción para usted";
    OutcomeGreatScars => "Micropigmentation for scars looks like a great fit for you",
        "La micropigmentación para cicatrices parece una excelente opción para usted";
    OutcomeGood => "Scalp micropigmentation looks like a good fit, with a few notes",
        "La micropigmentación capilar parece una buena opción, con algunas observaciones";
    OutcomeGoodBrows => "Eyebrow micropigmentation looks like a good fit, with a few notes",
        "La micropigmentación de cejas parece una buena opción, con algunas observaciones";
    OutcomeGoodLips => "Lip micropigmentation looks like a good fit, with a few notes",
        "La micropigmentación de labios parece una buena opción, con algunas observaciones";
    OutcomeGoodLashLine => "Lash-line micropigmentation looks like a good fit, with a few notes",
        "La micropigmentación de la línea de las pestañas parece una buena opción, con algunas observaciones";
    OutcomeGoodAreola => "Areola micropigmentation looks like a good fit, with a few notes",
        "La micropigmentación de la areola parece una buena opción, con algunas observaciones";
    OutcomeGoodVitiligo => "Micropigmentation for vitiligo looks like a good fit, with a few notes",
        "La micropigmentación para el vitíligo parece una buena opción, con algunas observaciones";
    OutcomeGoodScars => "Micropigmentation for scars looks like a good fit, with a few notes",
        "La micropigmentación para cicatrices parece una buena opción, con algunas observaciones";
    OutcomeWait => "Wait until the flare-up has settled", "Espere a que el brote se calme";
    OutcomeSpecialist => "Talk to a specialist first", "Hable primero con un especialista";
    SummaryGreat => "Based on your answers, this procedure may be right for you.",
        "Según sus respuestas, este procedimiento podría ser adecuado para usted.";
    SummaryGood => "It may work well for you; read the notes below before you decide.",
        "Podría funcionarle bien; lea las observaciones de abajo antes de decidir.";
    SummaryWait => "This is \u{201c}not now\u{201d}, not \u{201c}never\u{201d}: pigment is hard to place on irritated skin. Book once your skin has calmed.",
        "Esto es un \u{201c}todavía no\u{201d}, no un \u{201c}nunca\u{201d}: el pigmento es difícil de aplicar en piel irritada. Programe su cita cuando su piel se haya calmado.";
    SummarySpecialist => "A specialist should look at your skin before you plan any treatment.",
        "Un especialista debe revisar su piel antes de planear cualquier tratamiento.";
    ReasonsHeading => "Why", "Por qué";
    YourAnswer => "Your answer:", "Su respuesta:";
    ChangeAnswer => "Change this answer", "Cambiar esta respuesta";
    SessionsLabel => "You will likely need", "Probablemente necesitará";
    SessionOne => "session", "sesión";
    SessionMany => "sessions", "sesiones";
    SessionHours => "Each session lasts 3 to 4 hours, with at least a week between sessions.",
        "Cada sesión dura de 3 a 4 horas, con al menos una semana entre sesiones.";
    SessionHoursOne => "The session lasts 3 to 4 hours.", "La sesión dura de 3 a 4 horas.";
    SessionsAreaVaries => "How many sessions you need and how the skin heals vary by area: the specialist will confirm both at your consultation.",
        "El número de sesiones y la recuperación varían según la zona: el especialista se lo confirmará en su consulta.";
    NotesHeading => "Please note", "Tenga en cuenta";
    NoteSelfAssessment => "This is a self-assessment, not a diagnosis or medical advice.",
        "Esta es una autoevaluación, no un diagnóstico ni un consejo médico.";
    NoteNoHairGrowth => "SMP is a cosmetic tattoo: pigment in the skin that looks like hair follicles. It grows no hair and does not treat hair loss.",
        "La micropigmentación capilar es un tatuaje cosmético: pigmento en la piel que imita los folículos del cabello. No hace crecer el cabello ni trata la pérdida de cabello.";
    NoteBrowsNoHair => "Eyebrow micropigmentation places pigment in the skin to give the look of fuller brows. It grows no hair.",
        "La micropigmentación de cejas coloca pigmento en la piel para dar el aspecto de cejas más pobladas. No hace crecer el vello.";
    NoteLashLineNoHair => "Lash-line micropigmentation places pigment in the skin along the lash line so lashes look fuller. It grows no hair or lashes.",
        "La micropigmentación de la línea de las pestañas coloca pigmento en la piel a lo largo de las pestañas para que se vean más pobladas. No hace crecer el vello ni las pestañas.";
    NoteLipsLook => "Lip micropigmentation places pigment in the skin to make lips look darker or more defined. It adds color, not volume.",
        "La micropigmentación de labios coloca pigmento en la piel para que los labios se vean más oscuros o definidos. Da color, no volumen.";
    NoteAreolaLook => "Areola micropigmentation uses pigment in the skin to reconstruct the look of the areola. It changes how the area looks, not how it feels.",
        "La micropigmentación de la areola usa pigmento en la piel para reconstruir el aspecto de la areola. Cambia el aspecto de la zona, no su sensibilidad.";
    NoteVitiligoLook => "Micropigmentation for vitiligo adds pigment to the lighter patches to make them less visible. It does not treat the vitiligo itself.",
        "La micropigmentación para el vitíligo agrega pigmento a las manchas claras para disimularlas. No trata el vitíligo en sí.";
    NoteScarsLook => "Micropigmentation for scars adds pigment to make a scar less visible. It changes how the scar looks; it does not remove it.",
        "La micropigmentación para cicatrices agrega pigmento para disimular una cicatriz. Cambia su aspecto, pero no la elimina.";
    NoteFades => "Pigment is long-lasting but fades, so touch-ups are normal.",
        "El pigmento dura mucho tiempo, pero pierde intensidad, así que los retoques son normales.";
    NoteConsultation => "At a consultation, a specialist will confirm whether it is right for you.",
        "En una consulta, un especialista le confirmará si es adecuada para usted.";
    // Estimator.
    SeeCost => "See what it could cost", "Ver cuánto podría costar";
    SkipToCost => "Just show me the cost estimate", "Solo quiero ver el costo estimado";
    BackToResult => "Back to my result", "Volver a mi resultado";
    BackToStart => "Back to the start", "Volver al inicio";
    EstimateHeading => "Estimate your cost and plan", "Calcule su costo y su plan";
    CityLabel => "Where would you have it done?", "¿Dónde se haría el tratamiento?";
    CityClinicSuffix => "our clinic", "nuestra clínica";
    CityOther => "Another city (not listed)", "Otra ciudad (no aparece)";
    SessionsQuestion => "How many sessions?", "¿Cuántas sesiones?";
    SessionsFromQuiz => "From your answers:", "Según sus respuestas:";
    SessionsOneTouchUp => "1 (a touch-up)", "1 (un retoque)";
    SessionsTwo => "2 (the minimum for a whole treatment)",
        "2 (el mínimo para un tratamiento completo)";
    SessionsThree => "3 (typical)", "3 (lo habitual)";
    SessionsFour => "4 (typical)", "4 (lo habitual)";
    EstimatedCost => "Estimated cost", "Costo estimado";
    CoversTreatment => "For a whole treatment, usually 3 to 4 sessions.",
        "Por un tratamiento completo, que suele ser de 3 a 4 sesiones.";
    CoversScaled => "A rough figure this tool worked out from the whole-treatment price (3 to 4 sessions); no source gives a price per session. Ask the clinic for its price.",
        "Una cifra aproximada que calculó esta herramienta a partir del precio de un tratamiento completo (3 a 4 sesiones); ninguna fuente da un precio por sesión. Pregunte a la clínica su precio.";
    CoversPerSession => "The price of one session, times the sessions you chose.",
        "El precio de una sesión por el número de sesiones que eligió.";
    SourceCity => "Average price range for {city}.", "Rango de precios promedio en {city}.";
    SourceClinic => "The clinic's own price range.", "El rango de precios de la propia clínica.";
    SourceDerived => "Your city is not listed: this is the range across all listed cities.",
        "Su ciudad no aparece: este es el rango entre todas las ciudades de la lista.";
    SourceArea => "The clinic's own price range for a whole treatment of {procedure}.",
        "El rango de precios de la propia clínica por un tratamiento completo de {procedure}.";
    NoClinicPrice => "{clinic} ({city}) has not published a price here; ask at your consultation.",
        "{clinic} ({city}) no ha publicado un precio aquí; pregunte en su consulta.";
    AreaNoPrice => "We have no average price for {procedure}: the city prices we know of are for the scalp only. Ask {clinic} for its price at your consultation.",
        "No tenemos un precio promedio de {procedure}: los precios por ciudad que conocemos son solo del cuero cabelludo. Pregunte a {clinic} su precio en la consulta.";
    PricesAsOf => "Prices published {date}", "Precios publicados el {date}";
    PricesOutOfDate => "These prices are more than a year old and may be out of date.", "Estos precios tienen más de un año y podrían no estar actualizados.";
    PricesOutOfDateYears => "These prices are more than {n} years old and may be out of date.",
        "Estos precios tienen más de {n} años y podrían no estar actualizados.";
    PricesOutOfDateMonth => "These prices are more than a month old and may be out of date.",
        "Estos precios tienen más de un mes y podrían no estar actualizados.";
    PricesOutOfDateMonths => "These prices are more than {n} months old and may be out of date.",
        "Estos precios tienen más de {n} meses y podrían no estar actualizados.";
    NotAQuote => "This is an estimate, not a quote. Costs vary widely from place to place.",
        "Esto es un estimado, no una cotización. Los costos varían mucho de un lugar a otro.";
    HoursTotal => "Total time in the chair over {n} sessions: {low}–{high} hours",
        "Tiempo total en el sillón, sumando las {n} sesiones: {low}–{high} horas";
    HoursOneSession => "Time in the chair for a single session: {low}–{high} hours",
        "Tiempo en el sillón en una sola sesión: {low}–{high} horas";
    MonthlyPayment => "Or about {low} to {high} a month for {months} months at {apr} APR (estimate)",
        "O aproximadamente de {low} a {high} al mes durante {months} meses, con una tasa de porcentaje anual (APR) de {apr} (estimado)";
    MonthlyPaymentOneMonth => "Or about {low} to {high} for 1 month at {apr} APR (estimate)",
        "O aproximadamente de {low} a {high} durante 1 mes, con una tasa de porcentaje anual (APR) de {apr} (estimado)";
    ChartHeading => "Average scalp micropigmentation prices by city",
        "Precios promedio de la micropigmentación capilar por ciudad";
    ChartYou => "(your choice)", "(su elección)";
    PlanHeading => "Your treatment plan", "Su plan de tratamiento";
    StartDateLabel => "Date of the first session", "Fecha de la primera sesión";
    PlanAreaVaries => "Sessions and healing vary by area: {clinic} will plan them with you at your consultation.",
        "Las sesiones y la recuperación varían según la zona: {clinic} las planeará con usted en su consulta.";
    PlanCovering => "On the scalp, a light covering can protect the treated skin while it heals; take it off regularly so the scabs can dry.",
        "En el cuero cabelludo, una protección ligera puede cuidar la piel tratada mientras se recupera; quítesela con frecuencia para que las costras se sequen.";
    PrintSummary => "Print or save my summary", "Imprimir o guardar mi resumen";
    SummaryHeading => "My micropigmentation self-assessment summary",
        "Resumen de mi autoevaluación de micropigmentación";
    SummaryOutcome => "Result:", "Resultado:";
    SummaryContact => "Contact:", "Contacto:";
    // Issue 15: the city table's headers, the plan's legend, the calendar file, the printed summary.
    ChartCity => "City", "Ciudad";
    ChartRange => "Average price range", "Rango de precios promedio";
    ChartClinic => "(our clinic)", "(nuestra clínica)";
    ChartShow => "Compare prices by city", "Comparar precios por ciudad";
    PlanSessionOn => "Session {n}: {date}", "Sesión {n}: {date}";
    PlanHealingWeek => "Healing week after each session: redness on day one, much less by mid-week; by day seven the skin is more even and the color looks lighter.",
        "Semana de recuperación después de cada sesión: enrojecimiento el primer día, que disminuye mucho a mitad de semana; al séptimo día la piel está más uniforme y el color se ve más claro.";
    PlanSettling => "Then the pigment fades and settles over 2 to 3 weeks; with care, it still looks the same a month later. Pigment is long-lasting but fades, so touch-ups are normal.",
        "Después, el pigmento pierde intensidad y se asienta durante 2 a 3 semanas; con cuidado, se ve igual un mes más tarde. El pigmento dura mucho tiempo, pero pierde intensidad, así que los retoques son normales.";
    PlanHealingShort => "Healing week after each session",
        "Semana de recuperación después de cada sesión";
    // Under the heading above, in the estimator: the week without its name again.
    PlanHealingDays => "Redness on day one, much less by mid-week; by day seven the skin is more even and the color looks lighter.",
        "Enrojecimiento el primer día, que disminuye mucho a mitad de semana; al séptimo día la piel está más uniforme y el color se ve más claro.";
    PlanSettledShort => "Pigment settled (approximate date): {date}",
        "Pigmento asentado (fecha aproximada): {date}";
    CalendarButton => "Add to my calendar", "Agregar a mi calendario";
    CalendarTitle => "Planned micropigmentation session ({n} of {m})",
        "Sesión de micropigmentación planeada ({n} de {m})";
    CalendarTitleOne => "Planned micropigmentation session", "Sesión de micropigmentación planeada";
    CalendarDetails => "{clinic}, {phone}. A planned date, not a booked appointment: call the clinic to book. Each session lasts 3 to 4 hours.",
        "{clinic}, {phone}. Es una fecha planeada, no una cita programada: llame a la clínica para programarla. Cada sesión dura de 3 a 4 horas.";
    SummaryPrepared => "Prepared for {clinic} on {date}.", "Preparado para {clinic} el {date}.";
    // What the visitor asked about, mid-sentence (`{procedure}`).
    ProcScalp => "scalp micropigmentation", "micropigmentación capilar";
    ProcEyebrows => "eyebrow micropigmentation", "micropigmentación de cejas";
    ProcLips => "lip micropigmentation", "micropigmentación de labios";
    ProcLashLine => "lash-line micropigmentation", "micropigmentación de la línea de las pestañas";
    ProcAreola => "areola micropigmentation", "micropigmentación de la areola";
    ProcVitiligo => "micropigmentation for vitiligo", "micropigmentación para el vitíligo";
    ProcScars => "micropigmentation for scars", "micropigmentación para cicatrices";
    // Reasons.
    ReasonHairline => "A receding hairline is one of the things SMP can address: pigment adds the look of density along the hairline.",
        "Las entradas son una de las cosas que la micropigmentación capilar puede disimular: el pigmento da apariencia de densidad en el nacimiento del cabello.";
    ReasonCrown => "A thinning or bald crown is one of the things SMP can address: pigment adds the look of density.",
        "La coronilla despoblada o calva es una de las cosas que la micropigmentación capilar puede disimular: el pigmento da apariencia de densidad.";
    ReasonHairlineAndCrown => "Pigment spaced like your own follicles can add the look of density at both the hairline and the crown.",
        "El pigmento, espaciado como sus propios folículos, puede dar apariencia de densidad tanto en las entradas como en la coronilla.";
    ReasonNearCompleteLoss => "With complete or near-complete loss, SMP can give the look of a closely shaved head (a buzz cut).",
        "Con pérdida total o casi total, la micropigmentación capilar puede dar el aspecto de una cabeza rapada al ras.";
    ReasonThinning => "SMP suits thinning hair at any age or stage: pigment under the hair adds the look of density.",
        "Si su cabello es ralo, la micropigmentación capilar puede ser una opción a cualquier edad y en cualquier grado: el pigmento bajo el cabello da apariencia de densidad.";
    ReasonScalpScar => "Scars on the scalp (for example from surgery or a hair transplant) and birthmarks can be made less visible with pigment.",
        "Las cicatrices en el cuero cabelludo (por ejemplo, de una cirugía o un trasplante de cabello) y las marcas de nacimiento pueden disimularse con pigmento.";
    ReasonShaved => "People who keep their hair shaved or buzzed are the best candidates: the pigment looks like stubble.",
        "Quienes llevan el cabello rapado o al ras son los mejores candidatos: el pigmento parece cabello recién rapado.";
    ReasonShort => "People who keep their hair short are among the best candidates for SMP.",
        "Quienes llevan el cabello corto están entre los mejores candidatos para la micropigmentación capilar.";
    ReasonLongHair => "With longer hair, SMP adds density under thinning areas, but it is a less ideal fit than short hair, so it is worth discussing.",
        "Con el cabello más largo, la micropigmentación capilar da densidad bajo las zonas más ralas, pero no es tan ideal como con el cabello corto; vale la pena hablarlo con el especialista.";
    ReasonProneButCalm => "You have no flare-up now. If acne or psoriasis flares before a session, that session should wait until it settles.",
        "Ahora no tiene ningún brote. Si el acné o la psoriasis vuelven a brotar antes de una sesión, conviene esperar a que se calmen.";
    ReasonAcneFlareUp => "Acne is active now. Pigment is hard to place on irritated skin, so wait until the outbreak has settled.",
        "Hay un brote de acné. El pigmento es difícil de aplicar en piel irritada, así que conviene esperar a que pase.";
    ReasonPsoriasisFlareUp => "A psoriasis or sensitive-skin flare-up is active. Pigment is hard to place on irritated skin, so wait until it has settled.",
        "Hay un brote de psoriasis u otra afección de piel sensible. El pigmento es difícil de aplicar en piel irritada, así que conviene esperar a que se calme.";
    ReasonKeloidDarkerSkin => "With darker skin and a past keloid, micropigmentation may not be the best option. A specialist needs to assess your skin first.",
        "Si su piel es más oscura y ha tenido queloides, la micropigmentación podría no ser la mejor opción. Un especialista debe evaluar su piel primero.";
    ReasonKeloidHistory => "A past keloid is worth a specialist's look before any pigmentation.",
        "Si ha tenido queloides, conviene que un especialista revise su piel antes de cualquier micropigmentación.";
    ReasonKeloidNotSure => "If you have ever had a raised scar that kept spreading, show it to the specialist at your consultation.",
        "Si alguna vez ha tenido una cicatriz abultada que siguió creciendo, muéstresela al especialista en su consulta.";
    ReasonTrend => "Micropigmentation is long-lasting, and trends come and go. Take time to be sure it is a look you want for years.",
        "La micropigmentación dura mucho tiempo y las modas pasan. Tómese el tiempo para asegurarse de que es un aspecto que querrá durante años.";
    ReasonTouchUp => "Refreshing earlier pigmentation is normal: pigment fades over time, and one session may be enough.",
        "Retocar una micropigmentación anterior es normal: el pigmento pierde intensidad con el tiempo y puede bastar una sesión.";
    ReasonBrowsAge => "Eyebrows that have thinned with age can be filled in with micropigmentation.",
        "Las cejas que se han despoblado con la edad pueden rellenarse con micropigmentación.";
    ReasonBrowsTreatment => "Eyebrows thinned by a medical treatment can be filled in with micropigmentation.",
        "Las cejas que se despoblaron por un tratamiento médico pueden rellenarse con micropigmentación.";
    ReasonBrowsChoice => "Wanting fuller-looking brows is one of the reasons people choose micropigmentation.",
        "Querer unas cejas más pobladas es uno de los motivos por los que se elige la micropigmentación.";
    ReasonLips => "Micropigmentation can make lips look darker or more defined.",
        "La micropigmentación puede hacer que los labios se vean más oscuros o definidos.";
    ReasonLashes => "Micropigmentation along the lash line can make lashes look fuller.",
        "La micropigmentación en la línea de las pestañas puede hacer que las pestañas se vean más pobladas.";
    ReasonAreolaReconstruction => "Micropigmentation can be used to reconstruct the look of the areola after breast surgery.",
        "La micropigmentación puede usarse para reconstruir el aspecto de la areola después de una cirugía de senos.";
    ReasonAreolaOther => "Micropigmentation is used to reconstruct the areola; for another reason, talk through your goals at the consultation.",
        "La micropigmentación se usa para reconstruir la areola; si su motivo es otro, hable de sus objetivos en la consulta.";
    ReasonVitiligo => "Micropigmentation can make the lighter patches of vitiligo less visible.",
        "La micropigmentación puede disimular las manchas claras del vitíligo.";
    ReasonFacialScar => "Scars after facial reconstruction can be made less visible with micropigmentation.",
        "Las cicatrices de una reconstrucción facial pueden disimularse con micropigmentación.";
    ReasonBodyScar => "Scars on the body can be made less visible with micropigmentation.",
        "Las cicatrices en el cuerpo pueden disimularse con micropigmentación.";
    ReasonFaceChangesWithAge => "Faces change with age, so choose a natural look that will still suit you in years to come.",
        "El rostro cambia con la edad; elija un aspecto natural que le siga quedando bien con los años.";
    ReasonNoDailyMakeup => "Not wanting to put on makeup every day is one of the reasons people choose micropigmentation.",
        "No querer maquillarse todos los días es uno de los motivos por los que se elige la micropigmentación.";
    ReasonAllergy => "If regular cosmetics give you a reaction, long-lasting pigmentation can replace daily makeup.",
        "Si los cosméticos comunes le causan reacción, la micropigmentación duradera puede reemplazar el maquillaje diario.";
    ReasonTremorOrVision => "When tremors or poor vision make makeup hard, micropigmentation can take the place of daily makeup.",
        "Cuando los temblores o la mala vista dificultan el maquillaje, la micropigmentación puede sustituir el maquillaje diario.";
}

#[cfg(test)]
mod tests {
    use super::{Key, Lang};

    #[test]
    fn every_phrase_is_its_own_literal() {
        assert_eq!(
            Key::ALL[0].text(Lang::En),
            "Is scalp micropigmentation right for you?"
        );
        assert_eq!(Key::Next.text(Lang::En), "Next");
        assert_eq!(Key::Next.text(Lang::Es), "Siguiente");
        assert_eq!(Key::OtherLanguage.text(Lang::Es), "English");
        assert_eq!(Key::SessionsFour.text(Lang::Es), "4 (lo habitual)");
        let last = Key::ALL[Key::ALL.len() - 1];
        assert!(last.text(Lang::Es).starts_with("Cuando los temblores"));
        assert!(last.text(Lang::Es).ends_with("el maquillaje diario."));
        // In order, the phrases are exactly each language's whole text: none lost, none cut.
        for (lang, all) in [(Lang::En, super::ENGLISH), (Lang::Es, super::SPANISH)] {
            let joined: String = Key::ALL.iter().map(|k| k.text(lang)).collect();
            assert_eq!(joined, all);
            assert!(Key::ALL.iter().all(|k| !k.text(lang).is_empty()));
        }
    }
}
