//! Module objects: a name and a namespace dict.

use crate::object::Payload;
use crate::value::{ObjRef, Value};
use std::sync::Arc;

pub struct ModuleObj {
    pub name: Arc<str>,
    pub dict: ObjRef,
}

/// A new immortal module with an empty namespace (modules live as long as the process).
pub fn new_module(name: &str) -> ObjRef {
    let dict = crate::types::dict::new_dict_obj();
    dict.immortalize();
    if let Payload::Dict(d) = &dict.payload {
        d.set_str("__name__", crate::types::str::new_immortal_str(name));
        d.set_str("__doc__", Value::None);
    }
    ObjRef::new_immortal(Payload::Module(ModuleObj {
        name: Arc::from(name),
        dict,
    }))
}

pub fn as_module(o: &ObjRef) -> Option<&ModuleObj> {
    match &o.payload {
        Payload::Module(m) => Some(m),
        _ => None,
    }
}
