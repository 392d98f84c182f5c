//! The article view: one article's text with its entities marked by type (colour and a small
//! tag, with a legend) and its quotes marked with their speaker; hovering or focusing an entity
//! shows its card. A finding's passage arrives highlighted and focused.
//!
//! A 5 MB article must not freeze the page: the text is cut into chunks ([`marks::chunks`]),
//! grouped in runs that start as empty blocks of about their height; a run is drawn, marked,
//! when it comes near the screen (an `IntersectionObserver`), one run per task, so no task
//! lays out more than a few pages of text, and a long article is only drawn where it is read.

use std::collections::BTreeSet;
use std::ops::Range;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use super::labels::{ENTITY_KINDS, article_label, entity_tag};
use super::marks::{self, Label, Mark, Segment};
use super::{EntityCard, Shared, focus};
use crate::report::{ArticleReport, FindingSpan};
use crate::ui::state::Analysis;

/// Bytes of text per chunk.
const CHUNK_BYTES: usize = 4 * 1024;
/// How far beyond the screen a run of text is marked ahead of the reader.
const AHEAD: &str = "1200px 0px";

/// An article's text with its marks, cut into chunks.
#[derive(Debug)]
pub struct MarkedText {
    pub text: Rc<str>,
    pub chunks: Vec<Range<usize>>,
    pub marks: Vec<Mark>,
    /// For each chunk, the indices of the marks in it.
    pub per_chunk: Vec<Vec<usize>>,
    /// Each entity's type, by index.
    pub kinds: Vec<String>,
    /// Each quote's speaker, by index.
    pub speakers: Vec<Option<String>>,
}

impl MarkedText {
    pub fn new(text: Rc<str>, article: &ArticleReport) -> MarkedText {
        let mut marks: Vec<Mark> = Vec::new();
        for (idx, entity) in article.entities.iter().enumerate() {
            marks.extend(entity.mentions.iter().map(|m| Mark {
                start: m.start,
                end: m.end,
                label: Label::Entity(idx),
            }));
        }
        marks.extend(article.quotes.iter().enumerate().map(|(idx, q)| Mark {
            start: q.start,
            end: q.end,
            label: Label::Quote(idx),
        }));
        let chunks = marks::chunks(&text, CHUNK_BYTES);
        let per_chunk = marks::assign(&marks, &chunks);
        MarkedText {
            text,
            chunks,
            marks,
            per_chunk,
            kinds: article.entities.iter().map(|e| e.kind.clone()).collect(),
            speakers: article.quotes.iter().map(|q| q.speaker_name.clone()).collect(),
        }
    }
}

/// The chunks marked so far, for one article of one analysis.
#[derive(Debug, Default, PartialEq)]
struct Seen {
    key: (u64, usize),
    chunks: BTreeSet<usize>,
}

impl Reducible for Seen {
    /// These chunks of this article came near the screen.
    type Action = ((u64, usize), Vec<usize>);

    fn reduce(self: Rc<Self>, (key, chunks): Self::Action) -> Rc<Self> {
        let mut next = if self.key == key {
            Seen { key, chunks: self.chunks.clone() }
        } else {
            Seen { key, chunks: BTreeSet::new() }
        };
        let before = next.chunks.len();
        next.chunks.extend(chunks);
        if next.chunks.len() == before && self.key == key {
            return self;
        }
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub analysis: Shared<Analysis>,
    pub article: usize,
    /// The passage to highlight and bring into view.
    pub target: Option<FindingSpan>,
    pub on_select: Callback<usize>,
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let analysis = props.analysis.clone();
    let article = props.article;
    let marked = use_memo((analysis.clone(), article), |(analysis, article)| {
        let text = analysis.texts.get(*article).cloned().unwrap_or_else(|| Rc::from(""));
        match analysis.report.articles.get(*article) {
            Some(report) => MarkedText::new(text, report),
            None => MarkedText::new(Rc::from(""), &empty_article()),
        }
    });
    let data = Shared(marked.clone());
    let key = (analysis.revision, article);
    let seen = use_reducer(Seen::default);
    let container = use_node_ref();
    let observer = use_mut_ref(|| None::<Observer>);
    {
        // A new observer for each article; it lives until the next one or the view goes.
        let (observer, dispatcher) = (observer.clone(), seen.dispatcher());
        use_effect_with(key, move |&key| {
            *observer.borrow_mut() =
                Observer::new(move |chunks| dispatcher.dispatch((key, chunks)));
            let observer = observer.clone();
            move || drop(observer.borrow_mut().take())
        });
    }
    {
        // After every render: watch the runs still plain (watching one twice is a no-op).
        let (observer, container) = (observer.clone(), container.clone());
        use_effect(move || {
            if let (Some(observer), Some(root)) =
                (&*observer.borrow(), container.cast::<web_sys::Element>())
            {
                observer.watch(&root);
            }
        });
    }
    let marked: &BTreeSet<usize> = &seen.chunks;
    let marked = if seen.key == key { Some(marked) } else { None };
    let card = use_state(|| None::<(usize, usize)>);
    let target = props.target.filter(|t| t.article == article);
    use_effect_with(target, |target| {
        if target.is_some() {
            focus("jump-target");
        }
    });

    let on_point = {
        let card = card.clone();
        Callback::from(move |event: Event| {
            let entity = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("[data-entity]").ok().flatten())
                .and_then(|e| e.get_attribute("data-entity"))
                .and_then(|v| v.parse::<usize>().ok());
            if let Some(entity) = entity
                && *card != Some((article, entity))
            {
                card.set(Some((article, entity)));
            }
        })
    };
    let on_select = props.on_select.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        select.value().parse().unwrap_or(0)
    });

    let report = &analysis.report;
    let Some(info) = report.articles.get(article) else {
        return html! { <p class="missing">{ "No article to show." }</p> };
    };
    let target_chunk = target.map(|t| marks::chunk_of(&data.chunks, t.start));
    let on_hover = on_point.reform(|event: MouseEvent| Event::from(event));
    let on_focus = on_point.reform(|event: FocusEvent| Event::from(event));
    html! {
        <div class="article-view">
            <div class="article-bar">
                <label>
                    <span aria-hidden="true">{ "Article " }</span>
                    <select onchange={on_select} aria-label="Article to show">
                        { for (0..report.articles.len()).map(|idx| html! {
                            <option value={idx.to_string()} selected={idx == article}>
                                { format!("{}. {}", idx + 1, article_label(report, idx)) }
                            </option>
                        }) }
                    </select>
                </label>
                <Legend />
            </div>
            <header class="article-head">
                if let Some(headline) = &info.headline { <h2>{ headline }</h2> }
                <p class="byline">
                    { [info.outlet.as_deref(), info.byline.as_deref(), info.dateline.as_deref(), info.date.as_deref()]
                        .into_iter().flatten().collect::<Vec<_>>().join(" · ") }
                </p>
            </header>
            <div class="article-body">
                <div class="article-text-view" ref={container} onmouseover={on_hover} onfocusin={on_focus}>
                    { for pieces(data.chunks.len(), |idx| marked.is_some_and(|m| m.contains(&idx)), target_chunk).into_iter().map(|piece| match piece {
                        Piece::Marked(idx) => html! {
                            <Chunk
                                key={format!("c{idx}")}
                                data={data.clone()}
                                index={idx}
                                target={if target_chunk == Some(idx) { target.map(|t| (t.start, t.end)) } else { None }}
                            />
                        },
                        Piece::Plain(run) => {
                            let key = format!("p{}", run.start);
                            html! { <PlainRun {key} data={data.clone()} chunks={run} /> }
                        }
                    }) }
                </div>
                <aside class="card-slot" aria-live="polite">
                    if let Some((card_article, entity)) = *card && card_article == article {
                        <EntityCard analysis={analysis.clone()} {article} {entity} />
                    } else {
                        <p class="hint">{ "Point at or focus a marked name to see its card." }</p>
                    }
                </aside>
            </div>
        </div>
    }
}

fn empty_article() -> ArticleReport {
    ArticleReport {
        name: String::new(),
        outlet: None,
        headline: None,
        byline: None,
        dateline: None,
        date: None,
        stats: crate::report::Stats { paragraphs: 0, sentences: 0, words: 0 },
        entities: Vec::new(),
        quotes: Vec::new(),
        claims: Vec::new(),
        set_aside: Vec::new(),
        notes: Vec::new(),
    }
}

/// How many chunks of plain text at most go into one element while they wait for their marks:
/// few elements make the first render cheap, small ones make each slice's change cheap.
const RUN_CHUNKS: usize = 4;

/// A part of the article view: one marked chunk, or a run of chunks still shown plain.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Marked(usize),
    Plain(Range<usize>),
}

/// The pieces of an article of `chunks` chunks, given which are marked (and the target's chunk,
/// if any, is marked too).
fn pieces(chunks: usize, done: impl Fn(usize) -> bool, target: Option<usize>) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut idx = 0;
    while idx < chunks {
        if done(idx) || Some(idx) == target {
            out.push(Piece::Marked(idx));
            idx += 1;
            continue;
        }
        let mut end = idx + 1;
        while end < chunks && end - idx < RUN_CHUNKS && Some(end) != target && !done(end) {
            end += 1;
        }
        out.push(Piece::Plain(idx..end));
        idx = end;
    }
    out
}

#[derive(Properties, PartialEq)]
struct PlainRunProps {
    data: Shared<MarkedText>,
    /// The chunks (indices) this run covers.
    chunks: Range<usize>,
}

/// Chunks not drawn yet: an empty block of about their height, so the scroll bar is right.
#[component]
fn PlainRun(props: &PlainRunProps) -> Html {
    let data = &props.data;
    let start = data.chunks[props.chunks.start].start;
    let end = data.chunks[props.chunks.end - 1].end;
    // About 60 characters a line: a guess, corrected once the run is drawn.
    let height = format!("{:.1}em", (end - start) as f64 / 60.0 * 1.65);
    let block = use_node_ref();
    {
        // Set through the style object: the page's Content-Security-Policy refuses inline
        // `style` attributes.
        let block = block.clone();
        use_effect_with(height, move |height| {
            if let Some(block) = block.cast::<web_sys::HtmlElement>() {
                let _ = block.style().set_property("height", height);
            }
        });
    }
    html! {
        <div
            ref={block}
            class="chunk plain"
            data-first={props.chunks.start.to_string()}
            data-end={props.chunks.end.to_string()}
        />
    }
}

/// The entity types' colours and tags, and how quotes look.
#[component]
fn Legend() -> Html {
    html! {
        <ul class="legend" aria-label="Legend">
            { for ENTITY_KINDS.iter().map(|(kind, name)| html! {
                <li><mark class={classes!("ent", format!("ent-{kind}"))} data-tag={entity_tag(kind)}>{ *name }</mark></li>
            }) }
            <li><span class="quote" data-speaker="speaker">{ "quoted words" }</span></li>
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct ChunkProps {
    data: Shared<MarkedText>,
    index: usize,
    /// The jumped-to passage, when it starts in this chunk.
    target: Option<(usize, usize)>,
}

#[component]
fn Chunk(props: &ChunkProps) -> Html {
    let data = &props.data;
    let range = data.chunks[props.index].clone();
    let mut marks: Vec<Mark> = data.per_chunk[props.index].iter().map(|&i| data.marks[i]).collect();
    if let Some((start, end)) = props.target {
        marks.push(Mark { start, end, label: Label::Target });
    }
    let segments = marks::tree(&data.text, &marks, range);
    html! { <div class="chunk">{ for segments.iter().map(|s| segment(data, s)) }</div> }
}

fn segment(data: &MarkedText, piece: &Segment) -> Html {
    match piece {
        Segment::Text(range) => html! { { &data.text[range.clone()] } },
        Segment::Mark(label, children) => {
            let inner: Html = children.iter().map(|c| segment(data, c)).collect();
            match *label {
                Label::Entity(idx) => {
                    let kind = data.kinds.get(idx).map_or("other", String::as_str);
                    html! {
                        <mark
                            class={classes!("ent", format!("ent-{kind}"))}
                            data-entity={idx.to_string()}
                            data-tag={entity_tag(kind)}
                            tabindex="0"
                        >
                            { inner }
                        </mark>
                    }
                }
                Label::Quote(idx) => {
                    let speaker = data.speakers.get(idx).cloned().flatten();
                    let speaker = speaker.unwrap_or_else(|| "speaker unknown".to_owned());
                    html! {
                        <span class="quote" data-speaker={speaker.clone()} title={format!("Quote: {speaker}")}>
                            { inner }
                        </span>
                    }
                }
                Label::Target => html! {
                    <mark class="target" id="jump-target" tabindex="-1">{ inner }</mark>
                },
            }
        }
    }
}

/// An `IntersectionObserver` that reports the chunks of plain runs coming near the screen.
struct Observer {
    observer: web_sys::IntersectionObserver,
    /// Kept alive while the observer may call it.
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Observer {
    fn new(on_near: impl Fn(Vec<usize>) + 'static) -> Option<Observer> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // One run per task: marking is the costly part, and after it the layout moves, so
            // the rest are looked at again after the next render (see `watch`).
            let mut nearest: Option<(usize, usize)> = None;
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else {
                    continue;
                };
                if !entry.is_intersecting() {
                    continue;
                }
                let target = entry.target();
                let index =
                    |name: &str| target.get_attribute(name).and_then(|v| v.parse::<usize>().ok());
                if let (Some(first), Some(end)) = (index("data-first"), index("data-end"))
                    && nearest.is_none_or(|(at, _)| first < at)
                {
                    nearest = Some((first, end));
                }
            }
            if let Some((first, end)) = nearest {
                on_near((first..end).collect());
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(AHEAD);
        let observer = web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        )
        .ok()?;
        Some(Observer { observer, _callback: callback })
    }

    /// Watches every plain run under `root`, afresh: the observer reports each one's state
    /// again, so runs left for later are reported once more.
    fn watch(&self, root: &web_sys::Element) {
        let Ok(runs) = root.query_selector_all(".chunk.plain") else {
            return;
        };
        for idx in 0..runs.length() {
            if let Some(run) =
                runs.item(idx).and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                self.observer.unobserve(&run);
                self.observer.observe(&run);
            }
        }
    }
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_runs_cover_the_chunks_not_yet_marked_and_leave_the_target_marked() {
        let pieces = pieces(40, |idx| idx < 3 || idx == 30, Some(25));
        let mut covered = Vec::new();
        for piece in &pieces {
            match piece {
                Piece::Marked(idx) => covered.push(*idx),
                Piece::Plain(run) => {
                    assert!(run.len() <= RUN_CHUNKS);
                    covered.extend(run.clone());
                }
            }
        }
        assert_eq!(covered, (0..40).collect::<Vec<_>>());
        assert!(pieces.contains(&Piece::Marked(25)));
        assert!(pieces.contains(&Piece::Marked(2)));
        assert!(pieces.contains(&Piece::Marked(30)));
        assert!(!pieces.contains(&Piece::Marked(3)));
    }
}
