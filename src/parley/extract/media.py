"""News organisations: they report statements, they are not parties making them."""

from __future__ import annotations

import re

OUTLETS = (
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "Axios",
    "Politico", "CNN", "BBC", "NBC", "CBS", "ABC", "Fox News", "Sky News", "Al Jazeera",
    "New York Times", "Washington Post", "Wall Street Journal", "Financial Times", "Guardian",
    "Economist", "Telegraph", "Times", "Le Monde", "Der Spiegel", "Spiegel", "Bild", "Die Welt",
    "Kommersant", "Izvestia", "Vedomosti", "RIA Novosti", "RIA", "TASS", "Interfax", "RBC",
    "Ukrainska Pravda", "Kyiv Independent", "Kyiv Post", "Ukrinform", "Suspilne", "Xinhua",
    "Anadolu", "Yonhap", "NHK", "Corriere della Sera", "La Repubblica", "El Pais", "Euronews",
    "Deutsche Welle", "DW", "RFE/RL", "Radio Free Europe", "Meduza", "Novaya Gazeta", "NPR",
    "CNBC", "Newsweek", "Time", "Atlantic", "New Yorker", "Semafor", "Punchbowl", "The Hill",
    "Daily Mail", "Independent", "Kyiv Independent", "Hurriyet", "Daily Sabah", "RT", "Sputnik",
)  # fmt: skip
MEDIA = re.compile(
    r"\b(?:" + "|".join(re.escape(o) for o in sorted(set(OUTLETS), key=len, reverse=True)) + r")\b"
    r"|\b(?:newspaper|news\s+agency|news\s+outlet|broadcaster|media\s+reports?|a\s+report|reports)\b"
)
