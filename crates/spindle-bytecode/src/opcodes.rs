//! The opcode table: the single source of truth for Spindle's instruction set.
//!
//! Every instruction is listed once in the `opcodes!` invocation below, with
//! - a doc comment saying what it does to the stack (`before -> after`, top of stack on the right),
//! - `effect`: the net stack effect when execution falls through to the next instruction,
//! - `jump`: the net stack effect when the instruction transfers control to its target (only for
//!   instructions whose `arg` is a jump target; `None` otherwise),
//! - `cache`: how many inline-cache slots the instruction owns (the interpreter's specializer and
//!   the JIT key on these; the compiler reserves them, see [`Instr::cache`]).
//!
//! From this table come the [`Opcode`] enum, [`Opcode::name`], [`Opcode::stack_effect`],
//! [`Opcode::jump_effect`], [`Opcode::cache_slots`] and the disassembler's names. To add an
//! instruction: add a line here, emit it in the compiler, and handle it in the interpreter loop
//! (`spindle-vm/src/interp/eval.rs`); the compiler's stack-depth pass and the disassembler pick it
//! up automatically.
//!
//! Instruction format (8 bytes, see [`Instr`]):
//! ```text
//!   byte 0      byte 1   bytes 2-3        bytes 4-7
//!  +----------+--------+----------------+----------------------+
//!  | opcode   | flags  | cache index    | arg (u32)            |
//!  +----------+--------+----------------+----------------------+
//! ```
//! Jump targets are absolute instruction indices. There is no EXTENDED_ARG: `arg` is 32 bits.

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident { effect: $effect:expr, jump: $jump:expr, cache: $cache:expr } )*) => {
        /// One Spindle opcode. Generated from the table in this module.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The opcode's name as written in the table (CamelCase).
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// Net stack effect when execution falls through to the next instruction.
            pub fn stack_effect(self, arg: u32) -> i32 {
                match self { $(Opcode::$name => {
                    #[allow(clippy::redundant_closure_call)]
                    ($effect)(arg as i32)
                })* }
            }

            /// Net stack effect when the instruction jumps to its target, or `None` when `arg` is
            /// not a jump target.
            pub fn jump_effect(self, arg: u32) -> Option<i32> {
                match self { $(Opcode::$name => {
                    #[allow(clippy::redundant_closure_call)]
                    ($jump)(arg as i32)
                })* }
            }

            /// Number of inline-cache slots the instruction owns.
            pub fn cache_slots(self) -> u32 {
                match self { $(Opcode::$name => $cache,)* }
            }
        }
    };
}

type Fx = fn(i32) -> i32;
type Jx = fn(i32) -> Option<i32>;
const NO_JUMP: Jx = |_| None;

opcodes! {
    /// Does nothing.
    Nop { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x ->`
    PopTop { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `-> NULL` (the empty self slot of the call protocol)
    PushNull { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `.. x(arg) .. -> .. x .. x`: push a copy of the arg-th item (1 = top).
    Copy { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// Swap the top with the arg-th item (2 = second).
    Swap { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `-> consts[arg]`
    LoadConst { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `-> locals[arg]`; UnboundLocalError when unbound.
    LoadFast { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x ->`, locals[arg] = x
    StoreFast { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// Unbind locals[arg]; UnboundLocalError when already unbound.
    DeleteFast { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `-> cells[arg].contents`; NameError/UnboundLocalError when empty.
    LoadDeref { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x ->`, cells[arg].contents = x
    StoreDeref { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// Empty cells[arg].
    DeleteDeref { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `-> cells[arg]` (the cell itself, to build a closure tuple)
    LoadClosure { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `-> globals[names[arg]]` or builtins; NameError when missing. Cached per dict version.
    LoadGlobal { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 1 }
    /// `x ->`, globals[names[arg]] = x
    StoreGlobal { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// del globals[names[arg]]
    DeleteGlobal { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `-> locals-dict/globals/builtins[names[arg]]` (module and class bodies)
    LoadName { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x ->`, locals-dict[names[arg]] = x
    StoreName { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// del locals-dict[names[arg]]
    DeleteName { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `obj -> obj.names[arg]`
    LoadAttr { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 1 }
    /// `obj -> meth self` when the attribute is a plain method, else `obj -> attr NULL`.
    LoadMethod { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 1 }
    /// `value obj ->`, obj.names[arg] = value
    StoreAttr { effect: (|_| -2) as Fx, jump: NO_JUMP, cache: 1 }
    /// `obj ->`, del obj.names[arg]
    DeleteAttr { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `container key -> container[key]`
    BinarySubscr { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 1 }
    /// `value container key ->`, container[key] = value
    StoreSubscr { effect: (|_| -3) as Fx, jump: NO_JUMP, cache: 0 }
    /// `container key ->`, del container[key]
    DeleteSubscr { effect: (|_| -2) as Fx, jump: NO_JUMP, cache: 0 }
    /// `start stop [step] -> slice` (arg = 2 or 3)
    BuildSlice { effect: (|n| 1 - n) as Fx, jump: NO_JUMP, cache: 0 }
    /// `a b -> a <op> b`, op = [`BinOp`] in arg (in-place forms included).
    BinaryOp { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 1 }
    /// `a -> <op> a`, op = [`UnOp`] in arg.
    UnaryOp { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `a b -> a <cmp> b`, cmp = [`CmpOp`] in arg.
    CompareOp { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 1 }
    /// `a b -> a is b` (arg 1: `is not`)
    IsOp { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `a b -> a in b` (arg 1: `not in`)
    ContainsOp { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x1..xn -> (x1, .., xn)`
    BuildTuple { effect: (|n| 1 - n) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x1..xn -> [x1, .., xn]`
    BuildList { effect: (|n| 1 - n) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x1..xn -> {x1, .., xn}`
    BuildSet { effect: (|n| 1 - n) as Fx, jump: NO_JUMP, cache: 0 }
    /// `k1 v1 .. kn vn -> {k1: v1, ..}`
    BuildMap { effect: (|n| 1 - 2 * n) as Fx, jump: NO_JUMP, cache: 0 }
    /// `s1..sn -> s1 + .. + sn` (f-string pieces, all str)
    BuildString { effect: (|n| 1 - n) as Fx, jump: NO_JUMP, cache: 0 }
    /// `list .. x -> list ..`, list = item arg below x (comprehensions)
    ListAppend { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `set .. x -> set ..`
    SetAdd { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `dict .. k v -> dict ..`
    MapAdd { effect: (|_| -2) as Fx, jump: NO_JUMP, cache: 0 }
    /// `list .. it -> list ..`, list.extend(it)
    ListExtend { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `set .. it -> set ..`, set.update(it)
    SetUpdate { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `dict .. m -> dict ..`, dict.update(m)
    DictUpdate { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `f .. dict .. m -> ..`, like DictUpdate but a repeated key is a TypeError naming f (`**` in calls)
    DictMerge { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `list -> tuple(list)`
    ListToTuple { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x -> str(x) / repr(x) / ascii(x)` (arg 1, 2, 3)
    ConvertValue { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x -> format(x, '')`
    FormatSimple { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x spec -> format(x, spec)`
    FormatWithSpec { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `seq -> x_n .. x_1` (x_1 on top), exactly arg items.
    UnpackSequence { effect: (|n| n - 1) as Fx, jump: NO_JUMP, cache: 1 }
    /// `seq -> after.. list before..`; arg = before | after << 8.
    UnpackEx { effect: (|a| (a & 0xff) + (a >> 8)) as Fx, jump: NO_JUMP, cache: 0 }
    /// Jump forward to arg.
    Jump { effect: (|_| 0) as Fx, jump: (|_| Some(0)) as Jx, cache: 0 }
    /// Jump backward to arg (a loop's back edge: a safepoint and the JIT's hotness counter).
    JumpBackward { effect: (|_| 0) as Fx, jump: (|_| Some(0)) as Jx, cache: 1 }
    /// `x ->`, jump when x is false.
    PopJumpIfFalse { effect: (|_| -1) as Fx, jump: (|_| Some(-1)) as Jx, cache: 0 }
    /// `x ->`, jump when x is true.
    PopJumpIfTrue { effect: (|_| -1) as Fx, jump: (|_| Some(-1)) as Jx, cache: 0 }
    /// `x ->`, jump when x is None.
    PopJumpIfNone { effect: (|_| -1) as Fx, jump: (|_| Some(-1)) as Jx, cache: 0 }
    /// `x ->`, jump when x is not None.
    PopJumpIfNotNone { effect: (|_| -1) as Fx, jump: (|_| Some(-1)) as Jx, cache: 0 }
    /// `x -> iter(x)`
    GetIter { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `it -> it next(it)`; on exhaustion pops `it` and jumps to arg.
    ForIter { effect: (|_| 1) as Fx, jump: (|_| Some(-1)) as Jx, cache: 1 }
    /// `code [defaults] [kwdefaults] [annotations] [closure] -> function`; arg = [`MakeFunctionFlags`].
    MakeFunction { effect: (|f| -((f as u32).count_ones() as i32)) as Fx, jump: NO_JUMP, cache: 0 }
    /// `callable self_or_NULL a1..an -> result`
    Call { effect: (|n| -n - 1) as Fx, jump: NO_JUMP, cache: 1 }
    /// `callable self_or_NULL a1..an kwnames -> result`; the last len(kwnames) args are keywords.
    CallKw { effect: (|n| -n - 2) as Fx, jump: NO_JUMP, cache: 0 }
    /// `callable NULL args_tuple [kwargs_dict] -> result` (arg 1: kwargs present)
    CallEx { effect: (|f| -2 - (f & 1)) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x ->`, return x from the frame.
    ReturnValue { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// Return consts[arg] from the frame.
    ReturnConst { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x ->`: yield x from a generator frame; on resume pushes the sent value (`-> sent`).
    YieldValue { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x -> iter`: the iterator `yield from x` delegates to (a generator stays itself).
    GetYieldFromIter { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `receiver v -> receiver y`: send v into receiver; when it yields y, fall through; when it
    /// returns r, `-> receiver r` and jump to arg.
    Send { effect: (|_| 0) as Fx, jump: (|_| Some(0)) as Jx, cache: 0 }
    /// `[exc [cause]] ->`, raise (arg 0: re-raise the handled exception).
    RaiseVarargs { effect: (|n| -n) as Fx, jump: NO_JUMP, cache: 0 }
    /// `exc ->`, raise exc again without adding a traceback entry for this line.
    Reraise { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `exc -> prev_handled exc`; exc becomes the handled exception (sys.exception()).
    PushExcInfo { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `prev_handled ->`; restore the handled exception.
    PopExcept { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `exc type -> exc bool`, does exc match the `except` clause's type (or tuple of types)?
    CheckExcMatch { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `-> AssertionError`
    LoadAssertionError { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `level fromlist -> module`, import names[arg].
    ImportName { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `module -> module module.names[arg]`
    ImportFrom { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `module ->`, from module import *
    ImportStar { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `-> builtins.__build_class__`
    LoadBuildClass { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// Create `__annotations__` in the local namespace when missing.
    SetupAnnotations { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x -> bool(x)`
    ToBool { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `mgr -> exit self_or_NULL enter_result`: look up `__enter__`/`__exit__` on the type of
    /// mgr and call `__enter__` (the `with` statement; `exit self` is a callable pair for `Call`).
    BeforeWith { effect: (|_| 2) as Fx, jump: NO_JUMP, cache: 0 }
    /// `exit self prev exc -> exit self prev exc result`: `exit(type(exc), exc, exc.__traceback__)`.
    WithExceptStart { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `subject cls attr_names -> attrs_tuple_or_None`: class pattern with arg positional
    /// sub-patterns followed by the keyword attributes named in attr_names.
    MatchClass { effect: (|_| -2) as Fx, jump: NO_JUMP, cache: 0 }
    /// `subject -> subject bool`: is subject a mapping (for mapping patterns)?
    MatchMapping { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `subject -> subject bool`: is subject a sequence (not str/bytes/bytearray)?
    MatchSequence { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `subject keys -> subject keys values_tuple_or_None`: look the keys up with `subject.get`.
    MatchKeys { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x -> x len(x)`
    GetLen { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `exc type -> rest match`: split exc by an `except*` clause's type; match is None when
    /// nothing matched (then rest is exc), otherwise it becomes the handled exception.
    CheckEgMatch { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `orig raised_list -> exc_or_None`: what an `except*` statement re-raises when its
    /// handlers are done (the unmatched rest and what the handlers raised or re-raised).
    PrepReraiseStar { effect: (|_| -1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x -> iter`: the iterator `await x` drives (a coroutine, or what `__await__` returns);
    /// arg 1/2: x came from `__aenter__`/`__aexit__` (for the error message).
    GetAwaitable { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `x -> aiter`: `x.__aiter__()` for `async for`.
    GetAIter { effect: (|_| 0) as Fx, jump: NO_JUMP, cache: 0 }
    /// `aiter -> aiter awaitable`: the awaitable of `aiter.__anext__()`.
    GetANext { effect: (|_| 1) as Fx, jump: NO_JUMP, cache: 0 }
    /// `aiter exc ->`: end an `async for` when exc is StopAsyncIteration, else re-raise exc.
    EndAsyncFor { effect: (|_| -2) as Fx, jump: NO_JUMP, cache: 0 }
    /// `mgr -> aexit self_or_NULL aenter_result`: look up `__aenter__`/`__aexit__` on the type
    /// of mgr and call `__aenter__` (the `async with` statement; the result is then awaited).
    BeforeAsyncWith { effect: (|_| 2) as Fx, jump: NO_JUMP, cache: 0 }
}

/// One instruction. `cache` indexes the code object's inline-cache array (`u16::MAX`: none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Instr {
    pub op: Opcode,
    /// Reserved for per-instruction flags of specialized forms.
    pub flags: u8,
    pub cache: u16,
    pub arg: u32,
}

/// `cache` value of an instruction that owns no inline cache.
pub const NO_CACHE: u16 = u16::MAX;

impl Instr {
    pub fn new(op: Opcode, arg: u32) -> Self {
        Instr {
            op,
            flags: 0,
            cache: NO_CACHE,
            arg,
        }
    }
}

/// Flags of [`Opcode::MakeFunction`]: which optional items sit on the stack under the code object.
pub struct MakeFunctionFlags;
impl MakeFunctionFlags {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

macro_rules! operator_enum {
    ($(#[$m:meta])* $name:ident { $($v:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($v),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),*];
            /// The operator as Python spells it.
            pub fn symbol(self) -> &'static str { match self { $($name::$v => $s),* } }
            pub fn from_arg(arg: u32) -> Option<Self> { Self::ALL.get(arg as usize).copied() }
        }
    };
}

operator_enum! {
    /// Binary operators (arg of [`Opcode::BinaryOp`]); the `I*` forms are the in-place ones.
    BinOp {
        Add = "+", Sub = "-", Mul = "*", TrueDiv = "/", FloorDiv = "//", Mod = "%", Pow = "**",
        LShift = "<<", RShift = ">>", And = "&", Or = "|", Xor = "^", MatMul = "@",
        IAdd = "+=", ISub = "-=", IMul = "*=", ITrueDiv = "/=", IFloorDiv = "//=", IMod = "%=",
        IPow = "**=", ILShift = "<<=", IRShift = ">>=", IAnd = "&=", IOr = "|=", IXor = "^=",
        IMatMul = "@=",
    }
}

impl BinOp {
    /// The in-place form of a plain operator, and the plain form of an in-place one.
    pub fn inplace(self) -> BinOp {
        Self::from_arg((self as u32) % 13 + 13).unwrap_or(self)
    }
    pub fn plain(self) -> BinOp {
        Self::from_arg((self as u32) % 13).unwrap_or(self)
    }
    pub fn is_inplace(self) -> bool {
        (self as u32) >= 13
    }
}

operator_enum! {
    /// Unary operators (arg of [`Opcode::UnaryOp`]).
    UnOp { Neg = "-", Pos = "+", Invert = "~", Not = "not" }
}

operator_enum! {
    /// Rich comparisons (arg of [`Opcode::CompareOp`]).
    CmpOp { Lt = "<", Le = "<=", Eq = "==", Ne = "!=", Gt = ">", Ge = ">=" }
}

impl CmpOp {
    /// The reflected comparison (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instruction_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
        assert_eq!(std::mem::size_of::<Opcode>(), 1);
    }

    #[test]
    fn table_metadata_is_consistent() {
        for op in Opcode::ALL {
            assert!(!op.name().is_empty());
            // Only jumps have a jump effect, and every cached instruction has exactly one slot now.
            assert!(op.cache_slots() <= 1, "{}", op.name());
        }
        assert_eq!(Opcode::Call.stack_effect(2), -3);
        assert_eq!(Opcode::ForIter.jump_effect(0), Some(-1));
        assert_eq!(Opcode::LoadConst.jump_effect(0), None);
        assert_eq!(BinOp::Add.inplace(), BinOp::IAdd);
        assert_eq!(BinOp::IXor.plain(), BinOp::Xor);
    }
}
