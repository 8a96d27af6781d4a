//! Frames: the locals, cells and value stack of one running code object.
//!
//! A frame's slots live in one array: `[locals | cells | value stack]`. Ordinary frames take
//! their array from a per-thread slot arena (a stack of values reserved once per thread, used in
//! LIFO order), so a call allocates nothing and initializes only the slots it uses. Frames that
//! outlive their call (generators) own a heap array instead.

use crate::object::{CellObj, Payload};
use crate::types::function::{as_code, CodeVm};
use crate::value::{ObjRef, Value};
use parking_lot::RwLock;
use std::cell::RefCell;

/// Values reserved per thread for frame slots (address space only; pages are touched as used).
const ARENA_CAPACITY: usize = 1 << 20;

thread_local! {
    static ARENA: RefCell<Vec<Value>> = RefCell::new(Vec::with_capacity(ARENA_CAPACITY));
}

/// A frame's slot array: a range of this thread's arena, or a heap array. Access is always
/// through `ptr`/`len` (no branch on where the slots live).
pub struct Slots {
    ptr: *mut Value,
    len: usize,
    /// Where the range starts in the arena (unused for heap slots).
    base: usize,
    /// The owned array of heap slots; `ptr` points into it. None for arena slots.
    heap: Option<Box<[Value]>>,
}

// SAFETY: an arena range is only ever used by the thread that owns the arena (frames with arena
// slots live on their thread's native stack and are never sent); heap slots are owned values.
unsafe impl Send for Slots {}
// SAFETY: see above; shared access goes through the owning frame only.
unsafe impl Sync for Slots {}

impl Slots {
    /// `n` unbound slots; from the arena unless `heap` or the arena is full.
    #[inline(always)]
    fn new(n: usize, heap: bool) -> Slots {
        if !heap {
            let got = ARENA.with(|a| {
                let mut a = a.borrow_mut();
                let base = a.len();
                if base + n > a.capacity() {
                    return None;
                }
                // SAFETY: base + n <= capacity (checked above), so every written slot is inside
                // the allocation; they are initialized before the length covers them, and the
                // vector never reallocates.
                let ptr = unsafe {
                    let p = a.as_mut_ptr().add(base);
                    for i in 0..n {
                        p.add(i).write(Value::Null);
                    }
                    a.set_len(base + n);
                    p
                };
                Some(Slots {
                    ptr,
                    len: n,
                    base,
                    heap: None,
                })
            });
            if let Some(s) = got {
                return s;
            }
        }
        let mut v = Vec::with_capacity(n);
        v.resize(n, Value::Null);
        let mut b = v.into_boxed_slice();
        let ptr = b.as_mut_ptr();
        Slots {
            ptr,
            len: n,
            base: 0,
            heap: Some(b),
        }
    }
}

impl std::ops::Deref for Slots {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: `ptr` points at `len` initialized values: either this frame's range of the
        // arena (which never reallocates and is released only when this frame is dropped, in
        // LIFO order) or the boxed array in `heap`, owned by this struct and never resized.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl std::ops::DerefMut for Slots {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in Deref; `&mut self` makes this the only access to the range.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        if self.heap.is_some() {
            return;
        }
        let (base, len) = (self.base, self.len);
        // Release the range (dropping its values) when it is the arena's top, which it is for
        // every ordinary call. Otherwise the values stay until an enclosing frame's release
        // truncates past them. Dropping a value never runs Python code or creates a frame
        // (there are no finalizers yet; `__del__` must be deferred when it comes), so
        // truncating while the arena is borrowed cannot re-enter it.
        let _ = ARENA.try_with(|a| {
            if let Ok(mut a) = a.try_borrow_mut() {
                if a.len() == base + len {
                    a.truncate(base);
                }
            }
        });
    }
}

pub struct Frame {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The namespace dict of module/class bodies run with separate locals (LoadName/StoreName).
    pub locals: Option<ObjRef>,
    pub slots: Slots,
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
    #[inline]
    pub fn new(code: ObjRef, globals: ObjRef, builtins: ObjRef, locals: Option<ObjRef>) -> Frame {
        let (nlocals, ncellvars, ncells, max_stack, generator) = match as_code(&code) {
            Some(c) => frame_sizes(c),
            None => (0, 0, 0, 1, false),
        };
        let stack_base = nlocals + ncells;
        let mut slots = Slots::new(stack_base + max_stack, generator);
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

fn frame_sizes(c: &CodeVm) -> (usize, usize, usize, usize, bool) {
    let co = &c.code;
    (
        co.varnames.len(),
        co.cellvars.len(),
        co.cellvars.len() + co.freevars.len(),
        co.max_stack as usize,
        co.flags.generator || co.flags.coroutine,
    )
}

pub fn new_cell(v: Value) -> Value {
    Value::from_obj(Payload::Cell(CellObj {
        value: RwLock::new(v),
    }))
}
