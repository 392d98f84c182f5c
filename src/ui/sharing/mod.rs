//! A long event's articles extracted on two cores at once. Extraction (reading an article and
//! finding its entities and quotes) is most of an analysis and needs no other article, so the
//! engine's worker hands some articles to a helper worker of its own, extracts the others,
//! and compares them all once the helper's extractions are back ([`Shared`]).
//!
//! The helper's articles are read (`parallax::read`) a second time here: an article's
//! structure and tokens are several times its text, cheaper to read again than to send.
//! The helper itself is in `helper`, and how an extraction crosses from it in `wire`.

pub mod helper;
pub mod wire;

use crate::compare::{self, Corrections};
use crate::extract::{self, Extraction};
use crate::{Input, Report, text};

/// Below this much text in all, an event is analysed in one worker: the helper would save
/// less than its messages cost (and its start, the first time).
pub const SHARED_BYTES: usize = 64 * 1024;

/// Which articles (of these lengths in bytes) the helper extracts: about half the text, by
/// whole articles, the longest first. None for an event shorter than [`SHARED_BYTES`], or
/// whose text cannot be halved (one long article and short ones): the other worker would
/// mostly wait.
pub fn helped(lengths: &[usize]) -> Vec<bool> {
    let total: usize = lengths.iter().sum();
    let mut helped = vec![false; lengths.len()];
    if total < SHARED_BYTES {
        return helped;
    }
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    crate::sorting::sort_by_key(&mut order, |&index| std::cmp::Reverse(lengths[index]));
    let (mut helper, mut own) = (0, 0);
    for index in order {
        if helper <= own {
            helper += lengths[index];
            helped[index] = true;
        } else {
            own += lengths[index];
        }
    }
    if own.min(helper) * 4 < total {
        helped.fill(false);
    }
    helped
}

/// What the helper does with one article: reads and extracts it.
pub fn extract(input: &Input) -> Extraction {
    extract::extract(&crate::read(input))
}

/// An analysis whose articles are extracted partly here and partly by the helper.
#[derive(Debug)]
pub struct Shared {
    inputs: Vec<Input>,
    corrections: Corrections,
    articles: Vec<text::Article>,
    /// `None` for an article whose extraction the helper has not sent yet.
    extractions: Vec<Option<Extraction>>,
    /// The comparison's reading of the articles extracted here, made before the helper's
    /// extractions come back (none when there are corrections, which could change them).
    prepared: Vec<Option<compare::Prepared>>,
}

/// A [`Shared`] analysis after one more extraction.
#[derive(Debug)]
pub enum Progress {
    Waiting(Shared),
    Done(Report),
}

impl Shared {
    /// Reads every article and extracts those the helper does not (`helped[i]` false), and
    /// prepares their comparison; `Done` at once if the helper has none.
    pub fn begin(inputs: Vec<Input>, corrections: Corrections, helped: &[bool]) -> Progress {
        let articles: Vec<text::Article> = inputs.iter().map(crate::read).collect();
        let extractions: Vec<Option<Extraction>> = articles
            .iter()
            .enumerate()
            .map(|(index, article)| {
                (!helped.get(index).copied().unwrap_or(false)).then(|| extract::extract(article))
            })
            .collect();
        // Only worth it while the helper works; in the meantime nothing may change them.
        let early = extractions.iter().any(Option::is_none) && corrections.is_empty();
        let prepared = articles
            .iter()
            .zip(&extractions)
            .enumerate()
            .map(|(index, (article, extraction))| {
                let extraction = extraction.as_ref().filter(|_| early)?;
                Some(compare::prepare(index, article, extraction))
            })
            .collect();
        Shared { inputs, corrections, articles, extractions, prepared }.progress()
    }

    /// Adds the helper's extraction of article `index`, as [`wire::encode`] gave it; one that
    /// does not decode to an extraction of that article is made here instead.
    pub fn add(mut self, index: usize, encoded: &str) -> Progress {
        if let Some(article) = self.articles.get(index) {
            let extraction =
                wire::decode(encoded, &article.text).unwrap_or_else(|| extract::extract(article));
            self.extractions[index] = Some(extraction);
        }
        self.progress()
    }

    /// Makes here every extraction the helper has not sent (it failed).
    pub fn without_helper(mut self) -> Progress {
        for (article, extraction) in self.articles.iter().zip(&mut self.extractions) {
            extraction.get_or_insert_with(|| extract::extract(article));
        }
        self.progress()
    }

    fn progress(self) -> Progress {
        if self.extractions.iter().any(Option::is_none) {
            return Progress::Waiting(self);
        }
        let extractions = self.extractions.into_iter().flatten().collect();
        let report = crate::analyse_extracted(
            &self.inputs,
            &self.articles,
            extractions,
            self.prepared,
            &self.corrections,
        );
        Progress::Done(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Correction;

    #[test]
    fn the_helper_takes_about_half_of_a_long_event() {
        let big = SHARED_BYTES;
        assert_eq!(helped(&[big, big]), [true, false]);
        assert_eq!(helped(&[big, 2 * big, big]), [false, true, false]);
        assert_eq!(helped(&[big, big, big, big]), [true, false, true, false]);
        // Short events, single articles and one long article with short ones stay whole.
        assert_eq!(helped(&[100, 200]), [false, false]);
        assert_eq!(helped(&[4 * big]), [false]);
        assert_eq!(helped(&[4 * big, 100, 100]), [false, false, false]);
        assert_eq!(helped(&[]), Vec::<bool>::new());
    }

    #[test]
    fn a_shared_analysis_reports_what_one_worker_does() {
        let text = |n: usize, said: &str| {
            let sentence = format!(
                "“We will rebuild the bridge by {n} May,” Mayor Ana Ruiz said on Monday. \
                 Engineers counted {n} cracks. {said}\n\n"
            );
            sentence.repeat(40)
        };
        let claim = "Contractor Bo Lin said the bridge was inspected in March.";
        let denial = "Ruiz denied that the bridge was inspected in March.";
        let inputs =
            vec![Input::new("a.txt", text(3, claim)), Input::new("b.txt", text(4, denial))];
        let speaker = |article| Correction::Speaker { article, quote: 0, speaker: None };
        // With no correction the worker prepares its article's comparison before the helper's
        // extraction comes; a correction to the helper's article applies to its extraction as
        // to one made here, and one to the worker's article to what it prepares.
        for list in [vec![], vec![speaker(1)], vec![speaker(0)]] {
            let corrections = Corrections { list };
            let whole = crate::analyse_corrected(&inputs, &corrections);
            let helped = [false, true];
            let begin = || match Shared::begin(inputs.clone(), corrections.clone(), &helped) {
                Progress::Waiting(shared) => shared,
                Progress::Done(_) => panic!("article 1 is the helper's: the analysis waits for it"),
            };
            let done = |progress| match progress {
                Progress::Done(report) => report,
                Progress::Waiting(_) => panic!("every article is extracted: the analysis is done"),
            };
            let encoded = wire::encode(&extract(&inputs[1]));
            let report = done(begin().add(1, &encoded));
            assert!(report == whole, "a shared analysis reports as one in one worker");
            assert!(!report.quote_pairs.is_empty(), "the comparison saw both articles");
            let disputed_across = report.findings.iter().filter(|f| {
                let articles = f.spans.iter().map(|s| s.article);
                f.kind == "claim_disputed" && articles.clone().min() != articles.max()
            });
            assert!(disputed_across.count() > 0, "a claim in one article disputed in the other");

            // Without the helper's extraction, or with one that is not of the article, the same.
            assert!(done(begin().without_helper()) == whole, "the helper failed");
            assert!(done(begin().add(1, "0,0,0,")) == whole, "an extraction cut short");
            assert!(done(begin().add(1, "1,0,")) == whole, "an extraction of another text");
        }
    }
}
