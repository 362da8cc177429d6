//! Positions of the bytes of a class (a few byte ranges), sixteen bytes at
//! a time.
//!
//! Several scanners look for rare bytes (digits) in long texts. A plain
//! loop over the bytes cannot be vectorised by the compiler when it stops
//! at each hit, and then costs three times what memory does; SSE2, which
//! every x86-64 processor has, compares sixteen bytes in a few instructions.

use std::ops::Range;

/// Inclusive byte ranges; at most a handful.
#[derive(Debug, Clone, Copy)]
pub struct Class<'a>(pub &'a [(u8, u8)]);

/// ASCII digits.
pub const DIGITS: Class<'static> = Class(&[(b'0', b'9')]);

impl Class<'_> {
    #[inline]
    pub fn contains(&self, b: u8) -> bool {
        self.0.iter().any(|&(lo, hi)| lo <= b && b <= hi)
    }
}

/// Non-overlapping matches, leftmost first, of a matcher `at(i)` that
/// gives the end of the match starting at `i` (`None`: none starts there),
/// as a regex's `find_iter` gives them when `at` gives the regex's match at
/// each start. For the fixed shapes of numbers, where a hand-written
/// matcher costs nothing to build and a regex more than a post to search.
pub fn leftmost(len: usize, mut at: impl FnMut(usize) -> Option<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < len {
        match at(i) {
            Some(end) if end > i => {
                out.push(i..end);
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// Every offset of `hay` whose byte is in `class`, in order.
pub fn positions(hay: &[u8], class: Class<'_>) -> Vec<usize> {
    let mut out = Vec::new();
    let done = simd::positions(hay, class, &mut out);
    out.extend(
        hay[done..]
            .iter()
            .enumerate()
            .filter(|(_, b)| class.contains(**b))
            .map(|(k, _)| done + k),
    );
    out
}

/// The byte classes of [`oddities`].
#[derive(Debug, Clone, Copy)]
pub struct Oddities<'a> {
    /// Bytes that are odd wherever they are.
    pub odd: Class<'a>,
    /// Bytes that are odd when neither neighbour is in `neighbour`, or
    /// three equal in a row.
    pub alone: Class<'a>,
    pub neighbour: Class<'a>,
}

impl Oddities<'_> {
    /// Whether byte `i` of `b` is odd.
    #[inline]
    pub fn at(&self, b: &[u8], i: usize) -> bool {
        let c = b[i];
        let near = |j: Option<usize>| {
            j.and_then(|j| b.get(j))
                .is_some_and(|&x| self.neighbour.contains(x))
        };
        self.odd.contains(c)
            || (self.alone.contains(c)
                && ((!near(i.checked_sub(1)) && !near(Some(i + 1)))
                    || (b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c))))
    }
}

/// Every offset of `hay` where [`Oddities::at`] holds, in order.
pub fn oddities(hay: &[u8], classes: Oddities<'_>) -> Vec<usize> {
    let mut out = Vec::new();
    // The blocks need a byte before and two after them.
    let blocks = if hay.len() >= 19 {
        (hay.len() - 3) / 16
    } else {
        0
    };
    if blocks == 0 {
        out.extend((0..hay.len()).filter(|&i| classes.at(hay, i)));
        return out;
    }
    if classes.at(hay, 0) {
        out.push(0);
    }
    simd::oddities(hay, blocks, classes, &mut out);
    out.extend((1 + 16 * blocks..hay.len()).filter(|&i| classes.at(hay, i)));
    out
}

#[cfg(target_arch = "x86_64")]
mod simd {
    use super::Class;
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_min_epu8,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_setzero_si128, _mm_sub_epi8,
    };

    /// Pushes the positions in whole 16-byte blocks of `hay`; returns where
    /// the blocks end (the caller does the rest).
    pub fn positions(hay: &[u8], class: Class<'_>, out: &mut Vec<usize>) -> usize {
        // SAFETY: SSE2 is part of x86-64, so these intrinsics are always
        // available; every load reads 16 bytes of a 16-byte chunk of `hay`.
        unsafe {
            // A byte b is in lo..=hi when b - lo (wrapping) <= hi - lo,
            // unsigned: min(b - lo, hi - lo) == b - lo.
            let ranges: Vec<(__m128i, __m128i)> = class
                .0
                .iter()
                .map(|&(lo, hi)| {
                    (
                        _mm_set1_epi8(lo as i8),
                        _mm_set1_epi8(hi.wrapping_sub(lo) as i8),
                    )
                })
                .collect();
            let mut chunks = hay.chunks_exact(16);
            let mut base = 0;
            for chunk in &mut chunks {
                let v = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
                let mut hit = _mm_setzero_si128();
                for &(lo, span) in &ranges {
                    let x = _mm_sub_epi8(v, lo);
                    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(_mm_min_epu8(x, span), x));
                }
                let mut mask = _mm_movemask_epi8(hit) as u32;
                while mask != 0 {
                    out.push(base + mask.trailing_zeros() as usize);
                    mask &= mask - 1;
                }
                base += 16;
            }
            base
        }
    }

    /// The bytes of `class` among the 16 of `v`, as 0xFF bytes.
    ///
    /// # Safety
    /// SSE2 intrinsics: always available on x86-64.
    #[inline(always)]
    unsafe fn within(v: __m128i, ranges: &[(__m128i, __m128i)]) -> __m128i {
        unsafe {
            let mut hit = _mm_setzero_si128();
            for &(lo, span) in ranges {
                let x = _mm_sub_epi8(v, lo);
                hit = _mm_or_si128(hit, _mm_cmpeq_epi8(_mm_min_epu8(x, span), x));
            }
            hit
        }
    }

    fn splat(class: Class<'_>) -> Vec<(__m128i, __m128i)> {
        // SAFETY: SSE2 is part of x86-64.
        unsafe {
            class
                .0
                .iter()
                .map(|&(lo, hi)| {
                    (
                        _mm_set1_epi8(lo as i8),
                        _mm_set1_epi8(hi.wrapping_sub(lo) as i8),
                    )
                })
                .collect()
        }
    }

    /// Pushes the odd offsets of `blocks` blocks of 16 bytes from offset 1.
    /// The caller guarantees `1 + 16 * blocks + 2 <= hay.len()`.
    pub fn oddities(hay: &[u8], blocks: usize, classes: super::Oddities<'_>, out: &mut Vec<usize>) {
        assert!(1 + 16 * blocks + 2 <= hay.len());
        let (odd, alone, near) = (
            splat(classes.odd),
            splat(classes.alone),
            splat(classes.neighbour),
        );
        let p = hay.as_ptr();
        for k in 0..blocks {
            let at = 1 + 16 * k;
            // SAFETY: SSE2 is part of x86-64; the loads read bytes
            // at - 1 ..= at + 17, inside `hay` by the assertion above.
            let mask = unsafe {
                let load = |i: usize| _mm_loadu_si128(p.add(i).cast::<__m128i>());
                let (before, v, next, after) = (load(at - 1), load(at), load(at + 1), load(at + 2));
                let crowded = _mm_or_si128(within(before, &near), within(next, &near));
                let triple = _mm_and_si128(_mm_cmpeq_epi8(v, next), _mm_cmpeq_epi8(v, after));
                // alone and (not crowded or triple)
                let alone = _mm_and_si128(
                    within(v, &alone),
                    _mm_or_si128(_mm_andnot_si128(crowded, _mm_set1_epi8(-1)), triple),
                );
                let hit = _mm_or_si128(within(v, &odd), alone);
                _mm_movemask_epi8(hit) as u32
            };
            let mut mask = mask;
            while mask != 0 {
                out.push(at + mask.trailing_zeros() as usize);
                mask &= mask - 1;
            }
        }
    }
}

#[cfg(not(target_arch = "x86_64"))]
mod simd {
    use super::Class;

    pub fn positions(_: &[u8], _: Class<'_>, _: &mut Vec<usize>) -> usize {
        0
    }

    pub fn oddities(hay: &[u8], blocks: usize, classes: super::Oddities<'_>, out: &mut Vec<usize>) {
        out.extend((1..1 + 16 * blocks).filter(|&i| classes.at(hay, i)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_as_a_plain_loop(hay in proptest::collection::vec(any::<u8>(), 0..200),
                                lo in any::<u8>(), span in 0u8..40, lo2 in any::<u8>()) {
            let ranges = [(lo, lo.saturating_add(span)), (lo2, lo2)];
            let class = Class(&ranges);
            let plain: Vec<usize> = (0..hay.len()).filter(|&i| class.contains(hay[i])).collect();
            prop_assert_eq!(positions(&hay, class), plain);
        }
    }

    proptest! {
        #[test]
        fn oddities_same_as_byte_by_byte(hay in proptest::collection::vec(
            prop_oneof![Just(b'a'), Just(b' '), Just(b'*'), Just(b'0'), Just(0xC3u8), any::<u8>()], 0..120)) {
            let classes = Oddities {
                odd: Class(&[(b'0', b'1'), (0x80, 0xFF)]),
                alone: Class(&[(b'a', b'z')]),
                neighbour: Class(&[(b'a', b'z'), (b'0', b'9'), (b'*', b'*')]),
            };
            let plain: Vec<usize> = (0..hay.len()).filter(|&i| classes.at(&hay, i)).collect();
            prop_assert_eq!(oddities(&hay, classes), plain);
        }
    }

    #[test]
    fn digits_in_text() {
        let text = "op 12 mei om 9 uur, kamer 0.14 en nog één keer 7";
        let found: String = positions(text.as_bytes(), DIGITS)
            .into_iter()
            .map(|i| char::from(text.as_bytes()[i]))
            .collect();
        assert_eq!(found, "1290147");
    }
}
