#!/usr/bin/env python3
"""The addresses scripts/compare.sh fetches: every page kind in every language, easy-read, prints, errors and the API."""
langs=["","/en","/ar","/pt","/tr","/es","/uk","/ro"]
per=["/","/recherche?lieu=belley","/recherche?lieu=01300","/recherche?lieu=zzzqqq","/recherche?lieu=","/recherche?lieu=%D0%91%D0%B5%D0%BB%D0%BB%D0%B5%D0%B9","/recherche?lieu=%D8%A8%D9%8A%D9%84%D9%8A%D9%87","/recherche?lieu=75001","/recherche?lieu=99999",
"/commune/01034","/commune/13055","/commune/75056","/commune/01034?category=police","/commune/01034?category=health&open_now=1&free=1","/commune/01034?tout=1","/commune/01034?categry=x","/commune/99999","/commune/2A004","/commune/97101","/commune/69123","/commune/01004",
"/ressource/mairie:01034","/ressource/national:3919","/ressource/national:17","/ressource/national:119","/ressource/national:115","/ressource/national:3977","/ressource/nope",
"/securite","/temoin","/temoin?commune=01034","/vos-droits","/vos-droits?commune=01034","/a-propos","/integrer","/integrer?commune=01034","/integrer?lieu=belley",
"/affiche","/affiche/01034","/affiche/01034?format=etiquettes-21","/affiche/01034?format=etiquettes-14","/affiche/01034?format=etiquettes-8","/affiche/01034?format=bandeau","/affiche/01034?format=set-de-table","/affiche/01034?format=bad","/affiche/01034/bandeau.svg","/affiche/13055",
"/commerces","/widget","/widget?commune=01034","/departement/01","/departement/2A","/departement/99","/signaler/mairie:01034","/nonexistent-page"]
for l in langs:
    for p in per: print(l+p)
for p in ["/facile/","/facile/recherche?lieu=belley","/facile/recherche?lieu=zzz","/facile/recherche?lieu=01300","/facile/commune/01034","/facile/commune/13055","/facile/temoin","/facile/vos-droits","/facile/vos-droits?commune=01034","/affiche-multilingue","/sitemap.xml","/sitemap/0","/robots.txt",
"/api/v1/categories","/api/v1/communes?q=bel","/api/v1/communes?q=%D0%9C%D0%B0%D1%80%D1%81%D0%B5%D0%BB%D1%8C","/api/v1/resources?commune=abc","/api/v1/resources?commune=01034&bogus=1","/api/v1/resources?q=","/api/v1/resources?postcode=99999","/api/v1/problems","/api/v1/openapi.json"]:
    print(p)
for l in ["fr","en","ar","pt","tr","es","uk","ro"]:
    print(f"/api/v1/resources?commune=01034&lang={l}")
    print(f"/api/v1/resources/mairie:01034?lang={l}")
