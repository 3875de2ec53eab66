"""PyInstaller run-time hook: a probe of Qt's ICU data in the frozen app (for smoke_frozen.py).

Dormant unless ``INSPECT_APP_ICU_PROBE=1``. Then, before the app starts, the frozen app's own
Qt (QtCore only) checks what ``packaging/icu_data.py`` keeps of the trimmed ICU data:

- ``QCollator`` for zh_CN sorts Chinese names in pinyin order (ICU's zh collation; the root
  order would sort them by code point);
- ``QStringDecoder``/``QStringEncoder`` open GB18030 and GBK (ICU's converter tables), and
  text the Python codecs encoded in GB18030 (4-byte sequences included) and GBK decodes back
  through Qt (``QXmlStreamReader`` honours the XML encoding declaration with
  ``QStringDecoder``; PySide6 does not expose the converters' own encode/decode calls).

It prints one JSON line and exits: 0 when every check passed, 1 otherwise.
"""

import os

if os.environ.get("INSPECT_APP_ICU_PROBE") == "1":

    def _probe() -> None:
        import functools
        import json
        import sys

        from PySide6.QtCore import (
            QBuffer,
            QByteArray,
            QCollator,
            QIODevice,
            QLocale,
            QStringDecoder,
            QStringEncoder,
            QXmlStreamReader,
        )

        names = ["张三", "李四", "王五", "赵六", "阿明", "陈七", "周八", "钱九"]
        pinyin = ["阿明", "陈七", "李四", "钱九", "王五", "张三", "赵六", "周八"]
        collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        ordered = sorted(names, key=functools.cmp_to_key(collator.compare))

        def xml_decode(codec: str, text: str) -> str:
            raw = f'<?xml version="1.0" encoding="{codec}"?><a>'.encode("ascii")
            buffer = QBuffer()
            buffer.setData(QByteArray(raw + text.encode(codec) + b"</a>"))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QXmlStreamReader(buffer)
            reader.readNextStartElement()
            return reader.readElementText() or reader.errorString()

        gb18030 = "遂宁市生态环境局〔2026〕1号 堃玥喆 ©€𠀀"  # ©, 𠀀: 4-byte GB18030
        gbk = "遂宁市生态环境局〔2026〕1号 堃玥喆"
        result = {
            "collation": ordered == pinyin,
            "collated": "".join(name[0] for name in ordered),
            "codecs_open": all(QStringEncoder(c).isValid() and QStringDecoder(c).isValid()
                               for c in ("GB18030", "GBK")),
            "gb18030_decode": xml_decode("GB18030", gb18030) == gb18030,
            "gbk_decode": xml_decode("GBK", gbk) == gbk,
        }
        ok = all(v for k, v in result.items() if k != "collated")
        sys.stdout.write(json.dumps({**result, "ok": ok}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        os._exit(0 if ok else 1)

    _probe()
