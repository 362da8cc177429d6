//! postlint's scanning engine. It knows no rule: callers hand it words and
//! patterns, and it finds them in a text, short or long, as fast as the
//! text's size allows. Windows around rare anchors, interleaved automaton
//! streams and SIMD byte classes live here, not in the rules.

pub mod bytes;
pub mod gate;
pub mod interleave;
pub mod limits;
pub mod literals;
#[cfg(any(test, feature = "testing"))]
pub mod naive;
pub mod pattern;
pub mod pieces;
pub mod scope;
pub mod shape;
pub mod sparse;
pub mod vocabulary;
pub mod words;
