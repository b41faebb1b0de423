use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <div>
            <button class="counter" {onclick}>{ "Count: " }{ *count }</button>
        </div>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
