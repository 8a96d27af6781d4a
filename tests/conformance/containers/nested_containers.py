# Nested containers and aliasing.
db = {"users": [{"name": "ann", "tags": ["admin"]}, {"name": "bob", "tags": []}], "count": 2}
db["users"][1]["tags"].append("new")
db["users"].append({"name": "cy", "tags": ["x", "y"]})
db["count"] += 1
print(db)
print([u["name"] for u in db["users"] if u["tags"]], sum(len(u["tags"]) for u in db["users"]))
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
copy = deep_copy(db)
copy["users"][0]["tags"].append("copied")
print(db["users"][0]["tags"], copy["users"][0]["tags"], copy == db)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[1] for row in matrix], [matrix[i][i] for i in range(3)])
tree = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
def walk(t):
    if t is None:
        return []
    v, left, right = t
    return walk(left) + [v] + walk(right)
print(walk(tree))
pairs = {(x, y): x * y for x in range(3) for y in range(2)}
print(pairs, pairs[(2, 1)])
