//! Thread stress tests: Python programs in `tests/stress/` that hammer shared lists, dicts,
//! sets, closures and generators from many threads. Each must finish within its time bound,
//! exit 0 (the programs assert no lost updates themselves) and print a line starting "ok".
//! A crash, a deadlock (timeout) or a lost update fails the test.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn run(name: &str, limit: Duration) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/stress");
    let mut child = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .arg(name)
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn spindle");
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break st;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("{name}: no result within {limit:?} (deadlock?)");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut out = String::new();
    let mut err = String::new();
    child.stdout.take().map(|mut o| o.read_to_string(&mut out));
    child.stderr.take().map(|mut e| e.read_to_string(&mut err));
    assert!(status.success(), "{name} failed ({status}):\n{out}\n{err}");
    assert!(
        out.starts_with("ok"),
        "{name}: unexpected output:\n{out}\n{err}"
    );
}

#[test]
fn list_append_loses_nothing() {
    run("list_append.py", Duration::from_secs(60));
}

#[test]
fn dict_stores_and_reads_race_safely() {
    run("dict_store.py", Duration::from_secs(60));
}

#[test]
fn iteration_while_mutating_never_crashes() {
    run("shared_iteration.py", Duration::from_secs(60));
}

#[test]
fn closures_and_generators_in_threads() {
    run("closures_generators.py", Duration::from_secs(60));
}

#[test]
fn gil_can_be_turned_on() {
    let code = "import sys, threading\nout = []\nts = [threading.Thread(target=out.append, args=(i,)) for i in range(4)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(sys._is_gil_enabled(), sorted(out))";
    for (env, flag, expect) in [
        (None, None, "False"),
        (Some("1"), None, "True"),
        (None, Some("gil=1"), "True"),
    ] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_spindle"));
        cmd.env_remove("PYTHON_GIL");
        if let Some(v) = env {
            cmd.env("PYTHON_GIL", v);
        }
        if let Some(x) = flag {
            cmd.arg("-X").arg(x);
        }
        let out = cmd.arg("-c").arg(code).output().expect("run spindle");
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert_eq!(
            text.trim(),
            format!("{expect} [0, 1, 2, 3]"),
            "env {env:?} flag {flag:?}"
        );
    }
}

#[test]
fn shared_object_and_class_race_safely() {
    run("shared_object.py", Duration::from_secs(60));
}
