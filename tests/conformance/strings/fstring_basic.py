# f-string expressions and escaping.
name = "World"
n = 42
items = [1, 2, 3]
d = {"key": "value", "n": 7}
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 - 4}")
print(f"{items}", f"{items[1]}", f"{d['key']}", f"{d["n"]}", f"{len(items)}")
print(f"{{literal}}", f"{{{n}}}", f"{'nested'}", f"{name.upper()}{name.lower()}")
print(f"{n if n > 40 else 0}", f"{'yes' if not items else 'no'}", f"{[x * 2 for x in items]}")
print(f"{1}{2}{3}", f"a{''}b", f"{None}", f"{True}", f"{3.0}", f"{1/3}")
print(f"multi {name} " f"implicit {n}", "plain " f"{n}")
print(f"""triple {name}
second line {n}""")
x = 10
print(f"{x:>5}|{x:<5}|{x:^5}|", f"{(lambda y: y * 2)(x)}")
print(rf"raw \n {x}", f"tab\t{x}", f"{'\n'.join(['a', 'b'])}")
print(f"{f'{f"{x}"}'}", f"{x!r:>4}")
