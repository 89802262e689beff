// placeholder module file, replaced below
