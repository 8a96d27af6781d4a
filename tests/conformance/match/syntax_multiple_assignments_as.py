match 1:
    case (a as b) as a:
        pass
