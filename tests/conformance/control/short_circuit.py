# and / or / not return operands and short-circuit.
def t(label, value):
    print("eval", label)
    return value
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0 or [] or "last")
print([] and "unreached", [1] and "reached", 0 or None, not 0, not "x")
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 1) or t("b", 2))
print(t("a", "") or t("b", 0))
print(t("a", 1) and t("b", 0) or t("c", 3))
print(t("a", 0) or t("b", 1) and t("c", 2))
print(not t("n", []))
x = None
name = x or "anonymous"
print(name)
lst = []
print(lst and lst[0], len(lst) > 0 and lst[0])
d = {"k": 0}
print("k" in d and d["k"], "z" in d and d["z"])
print(type(1 and 2.0).__name__, type(0 or "s").__name__, (1 or 0) == 1)
