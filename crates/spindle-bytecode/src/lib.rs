//! Spindle's bytecode: the single opcode table ([`opcodes`]), the code object the compiler
//! produces ([`code`]), the disassembler ([`disasm`]) and the text form of constants shared by
//! the compiler and the VM ([`text`]).
//!
//! This crate owns the *format* of compiled code and nothing else: it never executes code and
//! never depends on the VM's value representation (constants are described by [`Constant`], which
//! the VM turns into its own values once, when a code object is loaded).

pub mod code;
pub mod disasm;
pub mod opcodes;
pub mod text;

pub use code::{CodeFlags, CodeObject, Constant, ExceptionEntry, Location};
pub use opcodes::{BinOp, CmpOp, Instr, Opcode, UnOp};
