//! Frames: the locals, cells and value stack of one running code object.
//!
//! A frame's slots live in one array: `[locals | cells | value stack]`. Small frames keep the
//! array inline (on the native stack of the call), so an ordinary call allocates nothing on the
//! heap; a generator's frame is boxed and owned by the generator object.

use crate::object::{CellObj, Payload};
use crate::types::function::{as_code, CodeVm};
use crate::value::{ObjRef, Value};
use parking_lot::RwLock;
use smallvec::SmallVec;

/// Slots kept inline before spilling to the heap.
pub const INLINE_SLOTS: usize = 24;

pub struct Frame {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The namespace dict of module/class bodies run with separate locals (LoadName/StoreName).
    pub locals: Option<ObjRef>,
    pub slots: SmallVec<[Value; INLINE_SLOTS]>,
    /// Index of the first value-stack slot.
    pub stack_base: usize,
    pub pc: usize,
    pub sp: usize,
    /// An exception to raise at the current position when the frame next runs
    /// (`generator.throw()` into a suspended generator).
    pub pending: Option<crate::error::PyErr>,
}

impl Frame {
    /// A frame for `code` with every slot unbound and fresh cells for its cell variables.
    pub fn new(code: ObjRef, globals: ObjRef, builtins: ObjRef, locals: Option<ObjRef>) -> Frame {
        let (nlocals, ncellvars, ncells, max_stack) = match as_code(&code) {
            Some(c) => frame_sizes(c),
            None => (0, 0, 0, 1),
        };
        let stack_base = nlocals + ncells;
        let mut slots: SmallVec<[Value; INLINE_SLOTS]> = SmallVec::new();
        slots.resize(stack_base + max_stack, Value::Null);
        for i in 0..ncellvars {
            slots[nlocals + i] = new_cell(Value::Null);
        }
        Frame {
            code,
            globals,
            builtins,
            locals,
            slots,
            stack_base,
            pc: 0,
            sp: stack_base,
            pending: None,
        }
    }

    pub fn code_vm(&self) -> Option<&CodeVm> {
        as_code(&self.code)
    }
}

fn frame_sizes(c: &CodeVm) -> (usize, usize, usize, usize) {
    let co = &c.code;
    (
        co.varnames.len(),
        co.cellvars.len(),
        co.cellvars.len() + co.freevars.len(),
        co.max_stack as usize,
    )
}

pub fn new_cell(v: Value) -> Value {
    Value::from_obj(Payload::Cell(CellObj {
        value: RwLock::new(v),
    }))
}
