//! A small deterministic random number generator (SplitMix64): the same
//! `--rng-seed` gives the same organisation on every machine and every run.

/// Deterministic randomness for the generator.
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x4b41_494b_5553_4545)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        usize::try_from(self.next() % u64::try_from(n).unwrap_or(1)).unwrap_or(0)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// One of the items.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index from a Zipf-like distribution over `n` (rank 0 most likely).
    pub fn zipf(&mut self, n: usize, weights: &[f64]) -> usize {
        let total = weights.last().copied().unwrap_or(0.0);
        let x = (self.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
        weights.partition_point(|w| *w < x).min(n.saturating_sub(1))
    }

    /// A random, unguessable-looking id (32 hex digits).
    pub fn id(&mut self) -> String {
        format!("{:016x}{:016x}", self.next(), self.next())
    }
}

/// Cumulative Zipf weights (exponent `s`) for `n` ranks, for [`Rng::zipf`].
pub fn zipf_weights(n: usize, s: f64) -> Vec<f64> {
    let mut acc = 0.0;
    (1..=n)
        .map(|k| {
            acc += 1.0 / (k as f64).powf(s);
            acc
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        assert_eq!((a.next(), a.id()), (b.next(), b.id()));
        assert_ne!(Rng::new(8).next(), Rng::new(7).next());
        let w = zipf_weights(100, 1.0);
        let mut r = Rng::new(1);
        let firsts = (0..1000).filter(|_| r.zipf(100, &w) == 0).count();
        assert!(firsts > 100, "rank one is the most likely: {firsts}");
    }
}
