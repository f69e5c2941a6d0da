# Maillage — the essentials in one language (`/uk/`), the poster's sentence,
# and the line offering this page. Translated from fr.ftl; numbers are never
# written here: { $line }, { $police }, { $eu }, { $sms } come from the data.

language-name = Українська
language-direction = ltr
# Set to yes once a native speaker has reviewed this file (start with
# `line`, `poster` and the safety lines).
language-reviewed = no

title = Домашнє насильство: допомога у Франції
lead = Ви не самі. Ці номери безкоштовні.
quick-exit = Вийти
quick-exit-hint = або Shift ×3
exit-press-more =
    { $n ->
        [one] натисніть ще { $n } раз…
        [few] натисніть ще { $n } рази…
       *[many] натисніть ще { $n } разів…
    }
exit-press-once = …ще раз
skip = Перейти до змісту
danger-heading = Безпосередня небезпека
police = Поліція або жандармерія
eu = Будь-яка надзвичайна ситуація, з будь-якого мобільного
sms = SMS-повідомленням, якщо ви не можете говорити
listen-heading = Вислухають і порадять, цілодобово
line = Violences Femmes Info: для жінок, які зазнають насильства, та їхніх близьких. Безкоштовно, анонімно, не відображається в рахунку. Це не номер екстреної допомоги.
child = Дитина в небезпеці
find-heading = Знайти допомогу поруч
find-label = Назва громади (commune) або поштовий індекс
find-button = Шукати
find-note = Результати французькою мовою.
safety-heading = Ваша безпека
safety-exit = Кнопка «Вийти» вгорі сторінки відкриває нейтральний сайт. На клавіатурі: натисніть клавішу Shift 3 рази.
safety-history = Цей сайт не зберігає жодних слідів ваших пошуків. Ваш браузер зберігає історію: видаліть її після відвідування.
poster = Насильство вдома? { $line }: безкоштовна й анонімна підтримка, цілодобово. У небезпеці: { $police } або { $eu }, SMS { $sms }.
offer = Ця інформація є українською
languages = Мови
