//! Methods of the built-in types, one file per type. Each file's `methods()` lists the type's
//! methods as `(name, function)`; the type registry turns them into the type's frozen attribute
//! table at start-up. A method receives `self` as the first positional argument.

pub mod bytearray;
pub mod bytes;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod list;
pub mod memoryview;
pub mod misc;
pub mod numbers;
pub mod object;
pub mod set;
pub mod str;
pub mod str_tables;

use crate::types::function::NativeFn;
use crate::value::Value;

pub type Methods = Vec<(&'static str, NativeFn)>;

pub fn object_methods() -> Methods {
    object::object_methods()
}
pub fn type_methods() -> Methods {
    object::type_methods()
}
pub fn int_methods() -> Methods {
    numbers::int_methods()
}
pub fn float_methods() -> Methods {
    numbers::float_methods()
}
pub fn complex_methods() -> Methods {
    numbers::complex_methods()
}
pub fn str_methods() -> Methods {
    str::methods()
}
pub fn bytes_methods() -> Methods {
    bytes::methods()
}
pub fn tuple_methods() -> Methods {
    list::tuple_methods()
}
pub fn list_methods() -> Methods {
    list::methods()
}
pub fn dict_methods() -> Methods {
    dict::methods()
}
pub fn set_methods() -> Methods {
    set::set_methods()
}
pub fn frozenset_methods() -> Methods {
    set::frozenset_methods()
}
pub fn range_methods() -> Methods {
    list::range_methods()
}
pub fn slice_methods() -> Methods {
    misc::slice_methods()
}
pub fn exception_methods() -> Methods {
    exception::methods()
}
pub fn iterator_methods() -> Methods {
    misc::iterator_methods()
}
pub fn generator_methods() -> Methods {
    misc::generator_methods()
}

/// Data attributes of numbers (`real`, `imag`, `numerator`, `denominator`) and other built-in
/// values that are not methods.
pub fn number_attr(obj: &Value, name: &str) -> Option<Value> {
    numbers::number_attr(obj, name)
}

/// Data attributes of a memoryview (`nbytes`, `shape`, ...), which can raise (released view).
pub fn buffer_attr(obj: &Value, name: &str) -> Option<crate::error::PyResult<Value>> {
    memoryview::attr(obj, name)
}
