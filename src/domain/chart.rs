//! What both charts share: they are drawn at their real size in CSS pixels, so their geometry
//! starts from the width the page gives them, and their labels are set apart so none covers
//! another.

/// The size, in CSS pixels, of the labels the geometry makes room for (`--chart-label`).
pub const LABEL: f64 = 13.0;

/// The width to draw at: the measured one, or `default` before anything is measured (0, as in
/// a box not laid out yet) and for anything else unusable; never under `least`.
pub fn width(measured: f64, default: f64, least: f64) -> f64 {
    if measured > 0.0 && measured.is_finite() {
        measured.floor().max(least)
    } else {
        default
    }
}

/// About how wide `text` is at [`LABEL`] size: 8 pixels a character, a little more than most
/// faces' average, so margins made from it hold the text.
pub fn label_width(text: &str) -> f64 {
    text.chars().count() as f64 * 8.0
}

/// Positions for labels that want to be at `wanted` (each label's middle, in any order), at
/// least `gap` apart and inside `low..=high`, each moved as little as the others allow;
/// returned in the order of `wanted`. Where there is not room for them all, they are spaced
/// `gap` apart from `low` down.
pub fn spread(wanted: &[f64], gap: f64, low: f64, high: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    super::sort_small_by(&mut order, |a, b| wanted[*a] < wanted[*b]);
    let mut placed = vec![0.0; wanted.len()];
    // Down from the top, each below the one before; then up from the bottom, each above the
    // one after; then down again, should the bottom have pushed the top out.
    let mut floor = low;
    for &i in &order {
        // Not `clamp`: its check of its bounds would bring float formatting into the wasm.
        placed[i] = wanted[i].min(high).max(low).max(floor);
        floor = placed[i] + gap;
    }
    let mut ceiling = high;
    for &i in order.iter().rev() {
        placed[i] = placed[i].min(ceiling);
        ceiling = placed[i] - gap;
    }
    let mut floor = low;
    for &i in &order {
        placed[i] = placed[i].max(floor);
        floor = placed[i] + gap;
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_width_is_the_measured_one_or_the_default() {
        for (measured, drawn) in [
            (343.0, 343.0),
            (343.6, 343.0),
            (120.0, 200.0),
            (0.0, 640.0),
            (-5.0, 640.0),
            (f64::NAN, 640.0),
            (f64::INFINITY, 640.0),
        ] {
            assert_eq!(width(measured, 640.0, 200.0), drawn, "{measured}");
        }
    }

    #[test]
    fn labels_are_estimated_wide_enough() {
        assert_eq!(label_width(""), 0.0);
        assert_eq!(label_width("In-house"), 64.0);
        assert_eq!(label_width("€1.3m"), 40.0);
    }

    #[test]
    fn labels_are_spread_apart_inside_the_plot() {
        for (wanted, placed) in [
            // Far enough apart: where they want to be.
            (vec![10.0, 50.0, 90.0], vec![10.0, 50.0, 90.0]),
            (vec![], vec![]),
            // Two on the same spot: the first stays, the second goes below.
            (vec![40.0, 40.0], vec![40.0, 56.0]),
            // In any order, returned in the order asked.
            (vec![56.0, 40.0, 48.0], vec![72.0, 40.0, 56.0]),
            // Near the bottom: pushed up so the last fits.
            (vec![95.0, 100.0, 100.0], vec![68.0, 84.0, 100.0]),
            // Outside the plot: brought in.
            (vec![-20.0, 130.0], vec![0.0, 100.0]),
            // The default comparison's two pairs of lines that lie on top of each other.
            (vec![30.0, 60.0, 30.0, 60.0], vec![30.0, 62.0, 46.0, 78.0]),
            // No room for them all: gap apart from the top.
            (
                vec![50.0; 8],
                vec![0.0, 16.0, 32.0, 48.0, 64.0, 80.0, 96.0, 112.0],
            ),
        ] {
            let spread = spread(&wanted, 16.0, 0.0, 100.0);
            assert_eq!(spread, placed, "{wanted:?}");
        }
    }

    #[test]
    fn spread_labels_never_overlap_and_stay_inside() {
        // Every arrangement of four labels on a coarse grid over and around the plot.
        let spots = [-10.0, 0.0, 7.0, 50.0, 51.0, 93.0, 100.0, 120.0];
        for n in 0..spots.len().pow(4) {
            let wanted: Vec<f64> = (0..4)
                .map(|d| spots[n / spots.len().pow(d) % spots.len()])
                .collect();
            let placed = spread(&wanted, 16.0, 0.0, 100.0);
            let mut sorted = placed.clone();
            crate::domain::sort_small_by(&mut sorted, |a, b| a < b);
            assert!(
                sorted.windows(2).all(|w| w[1] - w[0] >= 16.0 - 1e-9),
                "{wanted:?}: {placed:?}"
            );
            assert!(
                placed.iter().all(|y| (0.0..=100.0).contains(y)),
                "{wanted:?}: {placed:?}"
            );
        }
    }
}
