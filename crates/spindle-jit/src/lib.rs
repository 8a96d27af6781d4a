//! Spindle's JIT — not written yet; this crate marks where it goes.
//!
//! Plan (see ARCHITECTURE.md, "The JIT"): the interpreter counts executions of `JumpBackward`
//! and calls (their inline-cache slots hold the counters); a hot code object is translated from
//! its bytecode and the types its inline caches have observed into Cranelift IR, with a guard
//! for every assumption and a side exit that rebuilds the interpreter frame and resumes at the
//! guarded instruction. Compiled code calls back into the VM through a small set of named
//! helpers. `PYTHON_JIT=0` disables it.

/// Whether the JIT is enabled for this process (`PYTHON_JIT=0` turns it off).
pub fn enabled() -> bool {
    !matches!(std::env::var("PYTHON_JIT").as_deref(), Ok("0"))
}
