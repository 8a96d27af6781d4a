//! The `spindle` command line, modelled on `python3.13`: `spindle FILE [args]`,
//! `spindle -c CODE`, `spindle -m MODULE`, a program on standard input, `-V`/`-VV`, `-X gil=1`,
//! and `--dis FILE` to print the bytecode of a file.

use spindle_vm::{Options, Vm};
use std::io::Read;

const USAGE: &str = "usage: spindle [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-X gil=0|1 : disable/enable the global interpreter lock (default: disabled)
--dis file : print the bytecode of file and exit
-h     : print this help message and exit (also --help)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Program {
    File(String),
    Command(String),
    Module(String),
    Stdin,
    Dis(String),
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut gil = matches!(std::env::var("PYTHON_GIL").as_deref(), Ok("1"));
    let mut version = 0;
    let mut program: Option<Program> = None;
    let mut rest: Vec<String> = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" | "-m" => {
                let Some(v) = args.get(i + 1) else {
                    eprintln!("Argument expected for the {a} option");
                    eprint!("{USAGE}");
                    std::process::exit(2);
                };
                program = Some(if a == "-c" {
                    Program::Command(v.clone())
                } else {
                    Program::Module(v.clone())
                });
                rest.push(if a == "-c" { "-c".into() } else { v.clone() });
                rest.extend(args[i + 2..].iter().cloned());
                break;
            }
            "--dis" => {
                let Some(v) = args.get(i + 1) else {
                    eprintln!("Argument expected for the --dis option");
                    std::process::exit(2);
                };
                program = Some(Program::Dis(v.clone()));
                break;
            }
            "-V" | "--version" => version += 1,
            "-VV" => version += 2,
            "-h" | "--help" | "-?" => {
                print!("{USAGE}");
                return;
            }
            "-X" => {
                let opt = args.get(i + 1).cloned().unwrap_or_default();
                match opt.as_str() {
                    "gil=1" => gil = true,
                    "gil=0" => gil = false,
                    _ => {}
                }
                i += 1;
            }
            "-u" | "-B" | "-E" | "-I" | "-s" | "-S" | "-O" | "-OO" | "-q" | "-b" | "-d" | "-v" => {}
            "-W" => i += 1,
            "-" => {
                program = Some(Program::Stdin);
                rest.push("-".into());
                rest.extend(args[i + 1..].iter().cloned());
                break;
            }
            s if s.starts_with("-X") => {
                if s == "-Xgil=1" {
                    gil = true;
                }
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}");
                eprint!("{USAGE}");
                std::process::exit(2);
            }
            _ => {
                program = Some(Program::File(a.clone()));
                rest.push(a.clone());
                rest.extend(args[i + 1..].iter().cloned());
                break;
            }
        }
        i += 1;
    }
    if version > 0 {
        let (a, b, c) = spindle_vm::modules::sys::PY_VERSION;
        if version == 1 {
            println!("Python {a}.{b}.{c}");
        } else {
            println!("Python {}", spindle_vm::modules::sys::version_string());
        }
        return;
    }
    let program = program.unwrap_or(Program::Stdin);
    if let Program::Dis(path) = &program {
        std::process::exit(disassemble(path));
    }
    if rest.is_empty() {
        rest.push(String::new());
    }
    let script_dir = match &program {
        Program::File(f) => std::path::Path::new(f)
            .parent()
            .map(|p| p.to_string_lossy().to_string()),
        _ => None,
    };
    let opts = Options {
        argv: rest,
        gil,
        script_dir,
    };
    // Run on a thread with a large stack: deep Python recursion is bounded by the recursion
    // limit and a native-stack check, never by a stack overflow.
    let handle = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(spindle_vm::vm::THREAD_STACK_SIZE)
        .spawn(move || run(program, opts));
    let status = match handle {
        Ok(h) => h.join().unwrap_or(1),
        Err(e) => {
            eprintln!("spindle: cannot start the main thread: {e}");
            1
        }
    };
    std::process::exit(status);
}

fn run(program: Program, opts: Options) -> i32 {
    let interp = spindle_vm::new_interpreter(&opts);
    let vm = Vm::new(interp, spindle_vm::vm::THREAD_STACK_SIZE);
    vm.acquire_gil();
    if let Err(e) = spindle_vm::import::import_module(&vm, "sys") {
        return spindle_vm::handle_uncaught(&vm, &e);
    }
    let path0 = match &program {
        Program::File(_) => opts
            .script_dir
            .clone()
            .map(|d| if d.is_empty() { ".".to_string() } else { d })
            .unwrap_or_else(|| ".".into()),
        _ => String::new(),
    };
    spindle_vm::modules::sys::prepend_path(&vm, &path0);
    let status = match program {
        Program::File(path) => match std::fs::read(&path) {
            Ok(bytes) => {
                let src = String::from_utf8_lossy(&bytes).to_string();
                spindle_vm::run_main(&vm, &src, &path)
            }
            Err(e) => {
                let exe = std::env::args().next().unwrap_or_else(|| "spindle".into());
                let abs = std::fs::canonicalize(&path)
                    .map(|p| p.to_string_lossy().to_string())
                    .unwrap_or_else(|_| {
                        std::env::current_dir()
                            .map(|d| d.join(&path).to_string_lossy().to_string())
                            .unwrap_or(path.clone())
                    });
                eprintln!(
                    "{exe}: can't open file '{abs}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(2),
                    errno_text(&e)
                );
                2
            }
        },
        Program::Command(code) => spindle_vm::run_main(&vm, &code, "<string>"),
        Program::Stdin => {
            let mut src = String::new();
            let _ = std::io::stdin().read_to_string(&mut src);
            spindle_vm::run_main(&vm, &src, "<stdin>")
        }
        Program::Module(name) => spindle_vm::run_module_as_main(&vm, &name),
        Program::Dis(_) => 0,
    };
    vm.release_gil();
    status
}

fn errno_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn disassemble(path: &str) -> i32 {
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("spindle: can't open file '{path}': {e}");
            return 2;
        }
    };
    match spindle_compiler::compile(&src, path, spindle_compiler::Mode::Exec) {
        Ok(code) => {
            print!("{}", spindle_bytecode::disasm::disassemble(&code));
            0
        }
        Err(e) => {
            eprintln!("SyntaxError: {}", e.msg);
            1
        }
    }
}
