# tb_frame of a frame that is still running reports its current line (a live frame object).
try:
    1 / 0
except ZeroDivisionError as e:
    frame = e.__traceback__.tb_frame
    print(e.__traceback__.tb_lineno)
    print(frame.f_lineno)
    x = 1
    print(frame.f_locals['x'])
