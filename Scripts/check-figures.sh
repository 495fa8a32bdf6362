#!/usr/bin/env bash
# `make check-figures`: draws every SVG in exports/ with CairoSVG (PyPI, in its own venv under
# .build/cairosvg/) and fails if one comes out blank or unreadable. A CSS max-width on the root element
# once made CairoSVG draw the maps as empty pages; this keeps that from coming back. Not part of
# `make test`: Swift tests never need Python. Run `make demo` first so exports/ is current.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/cairosvg
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet cairosvg==2.7.1
fi
"$venv/bin/python" - exports/*.svg <<'PY'
import sys
import cairocffi
import cairosvg

failed = 0
for path in sys.argv[1:]:
    png = cairosvg.svg2png(url=path)
    surface = cairocffi.ImageSurface.create_from_png(__import__("io").BytesIO(png))
    width, height = surface.get_width(), surface.get_height()
    data = bytes(surface.get_data())
    stride = surface.get_stride()
    # ARGB32, premultiplied: a pixel has ink when it is opaque and not white.
    ink = 0
    for y in range(height):
        row = data[y * stride:(y * stride) + width * 4]
        for x in range(0, len(row), 4):
            b, g, r, a = row[x], row[x + 1], row[x + 2], row[x + 3]
            if a > 200 and (r < 230 or g < 230 or b < 230):
                ink += 1
    share = ink / max(1, width * height)
    status = "ok" if share > 0.01 else "BLANK"
    if status != "ok":
        failed += 1
    print(f"{status:5}  {path}: {width}x{height} px, ink on {share:.1%}")
sys.exit(1 if failed else 0)
PY
