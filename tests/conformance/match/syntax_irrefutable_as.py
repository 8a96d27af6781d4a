match 1:
    case (x as y):
        pass
    case 2:
        pass
