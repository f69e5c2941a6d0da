//! The essentials in the languages the rest of the site does not speak yet:
//! one page per language (numbers, what each is for, a search, safety), one
//! sentence for the multilingual poster, and the line that offers the page.
//! French is the source (`fr.rs`, `professional.rs`); numbers are never written here,
//! they come from the data through `{line}`, `{police}`, `{eu}`, `{sms}`.
//!
//! To add a language: copy one entry, translate every field, keep the
//! placeholders, set `reviewed: false`, and add it to `ALL`. A native
//! speaker's review sets `reviewed: true` (none yet; start with the 3919
//! sentence and the safety lines).

/// One language's essentials. Every field is required: a page never falls
/// back to another language.
pub struct Essentials {
    /// BCP 47 code, also the URL prefix (`/ar/`).
    pub code: &'static str,
    /// The language's name in its own script, for the language menu.
    pub name: &'static str,
    pub rtl: bool,
    /// Whether a native speaker has reviewed this translation.
    pub reviewed: bool,
    pub title: &'static str,
    pub lead: &'static str,
    pub quick_exit: &'static str,
    pub quick_exit_hint: &'static str,
    /// "Press {n} more times…" after one or two presses of Shift.
    pub exit_press_more: &'static str,
    pub exit_press_once: &'static str,
    pub skip: &'static str,
    pub danger_h: &'static str,
    pub police: &'static str,
    pub eu: &'static str,
    pub sms: &'static str,
    pub listen_h: &'static str,
    pub line: &'static str,
    pub child: &'static str,
    pub find_h: &'static str,
    pub find_label: &'static str,
    pub find_button: &'static str,
    pub find_note: &'static str,
    pub safety_h: &'static str,
    pub safety: [&'static str; 2],
    /// One sentence for the multilingual poster, with the numbers as placeholders.
    pub poster: &'static str,
    /// The line offering this page on the French home page.
    pub offer: &'static str,
    pub languages: &'static str,
}

pub const ALL: [&Essentials; 6] = [&AR, &PT, &TR, &ES, &UK, &RO];

pub fn by_code(code: &str) -> Option<&'static Essentials> {
    ALL.iter().copied().find(|e| e.code == code)
}

pub const AR: Essentials = Essentials {
    code: "ar",
    name: "العربية",
    rtl: true,
    reviewed: false,
    title: "العنف داخل الأسرة: المساعدة في فرنسا",
    lead: "لستِ وحدك. هذه الأرقام مجانية.",
    quick_exit: "مغادرة",
    quick_exit_hint: "أو \u{2066}Shift ×3\u{2069}",
    exit_press_more: "اضغطي Shift مجددًا ({n})…",
    exit_press_once: "اضغطي Shift مرة أخيرة…",
    skip: "الانتقال إلى المحتوى",
    danger_h: "خطر فوري",
    police: "الشرطة أو الدرك",
    eu: "أي حالة طوارئ، من أي هاتف محمول",
    sms: "برسالة نصية (SMS)، إذا لم تستطيعي الكلام",
    listen_h: "الاستماع والنصيحة، على مدار 24 ساعة",
    line: "«Violences Femmes Info»: للنساء ضحايا العنف ولأقاربهن. مجاني، دون ذكر الاسم، ولا يظهر في فاتورة الهاتف. ليس رقم طوارئ.",
    child: "طفل في خطر",
    find_h: "ابحثي عن مساعدة قريبة منك",
    find_label: "اسم البلدية أو الرمز البريدي",
    find_button: "بحث",
    find_note: "النتائج باللغة الفرنسية.",
    safety_h: "سلامتك",
    safety: [
        "زر «مغادرة» في أعلى الصفحة يفتح موقعًا محايدًا. على لوحة المفاتيح: اضغطي على مفتاح Shift ثلاث مرات.",
        "هذا الموقع لا يحتفظ بأي أثر لعمليات بحثك. لكن متصفحك يحفظ السجل: امسحيه بعد زيارتك.",
    ],
    poster: "عنف في البيت؟ {line}: استماع مجاني ودون ذكر الاسم، على مدار 24 ساعة. في حالة الخطر: {police} أو {eu}، رسالة نصية {sms}.",
    offer: "هذه المعلومات متوفرة بالعربية",
    languages: "اللغات",
};

pub const PT: Essentials = Essentials {
    code: "pt",
    name: "Português",
    rtl: false,
    reviewed: false,
    title: "Violência doméstica: ajuda em França",
    lead: "Não está sozinha. Estes números são gratuitos.",
    quick_exit: "Sair",
    quick_exit_hint: "ou Shift ×3",
    exit_press_more: "carregue mais {n} vezes…",
    exit_press_once: "…mais uma vez",
    skip: "Ir para o conteúdo",
    danger_h: "Perigo imediato",
    police: "Polícia ou gendarmaria",
    eu: "Qualquer emergência, de qualquer telemóvel",
    sms: "Por SMS, se não puder falar",
    listen_h: "Escuta e aconselhamento, 24 horas por dia",
    line: "Violences Femmes Info: para mulheres vítimas de violência e os seus próximos. Gratuito, anónimo, não aparece na fatura. Não é um número de emergência.",
    child: "Criança em perigo",
    find_h: "Encontrar ajuda perto de si",
    find_label: "Município (commune) ou código postal",
    find_button: "Procurar",
    find_note: "Os resultados estão em francês.",
    safety_h: "A sua segurança",
    safety: [
        "O botão «Sair», no topo da página, abre um site neutro. Num teclado: carregue 3 vezes na tecla Shift.",
        "Este site não guarda nenhum registo das suas pesquisas. O seu navegador guarda o histórico: apague-o depois da visita.",
    ],
    poster: "Violência em casa? {line}: escuta gratuita e anónima, 24 horas por dia. Em perigo: {police} ou {eu}, SMS {sms}.",
    offer: "Esta informação existe em português",
    languages: "Línguas",
};

pub const TR: Essentials = Essentials {
    code: "tr",
    name: "Türkçe",
    rtl: false,
    reviewed: false,
    title: "Ev içi şiddet: Fransa'da yardım",
    lead: "Yalnız değilsiniz. Bu numaralar ücretsizdir.",
    quick_exit: "Çık",
    quick_exit_hint: "veya Shift ×3",
    exit_press_more: "{n} kez daha basın…",
    exit_press_once: "…bir kez daha",
    skip: "İçeriğe geç",
    danger_h: "Acil tehlike",
    police: "Polis veya jandarma",
    eu: "Her türlü acil durum, her cep telefonundan",
    sms: "Konuşamıyorsanız SMS ile",
    listen_h: "Dinleme ve danışma, 24 saat",
    line: "Violences Femmes Info: şiddete uğrayan kadınlar ve yakınları için. Ücretsiz, isim vermeden, faturada görünmez. Acil durum numarası değildir.",
    child: "Tehlikedeki çocuk",
    find_h: "Yakınınızda yardım bulun",
    find_label: "Belediye (commune) adı veya posta kodu",
    find_button: "Ara",
    find_note: "Sonuçlar Fransızcadır.",
    safety_h: "Güvenliğiniz",
    safety: [
        "Sayfanın üstündeki «Çık» düğmesi tarafsız bir site açar. Klavyede: Shift tuşuna 3 kez basın.",
        "Bu site aramalarınızın hiçbir izini saklamaz. Tarayıcınız geçmişi saklar: ziyaretinizden sonra silin.",
    ],
    poster: "Evde şiddet mi? {line}: ücretsiz ve isim vermeden dinleme, 24 saat. Tehlikede: {police} veya {eu}, SMS {sms}.",
    offer: "Bu bilgiler Türkçe de var",
    languages: "Diller",
};

pub const ES: Essentials = Essentials {
    code: "es",
    name: "Español",
    rtl: false,
    reviewed: false,
    title: "Violencia en el hogar: ayuda en Francia",
    lead: "No está sola. Estos números son gratuitos.",
    quick_exit: "Salir",
    quick_exit_hint: "o Mayús ×3",
    exit_press_more: "pulse {n} veces más…",
    exit_press_once: "…una vez más",
    skip: "Ir al contenido",
    danger_h: "Peligro inmediato",
    police: "Policía o gendarmería",
    eu: "Cualquier emergencia, desde cualquier móvil",
    sms: "Por SMS, si no puede hablar",
    listen_h: "Escucha y orientación, las 24 horas",
    line: "Violences Femmes Info: para mujeres víctimas de violencia y sus allegados. Gratuito, anónimo, no aparece en la factura. No es un número de emergencia.",
    child: "Niño o niña en peligro",
    find_h: "Encontrar ayuda cerca de usted",
    find_label: "Municipio (commune) o código postal",
    find_button: "Buscar",
    find_note: "Los resultados están en francés.",
    safety_h: "Su seguridad",
    safety: [
        "El botón «Salir», arriba de la página, abre un sitio neutro. Con un teclado: pulse 3 veces la tecla Mayús (Shift).",
        "Este sitio no guarda ningún rastro de sus búsquedas. Su navegador guarda el historial: bórrelo después de la visita.",
    ],
    poster: "¿Violencia en casa? {line}: escucha gratuita y anónima, las 24 horas. En peligro: {police} o {eu}, SMS {sms}.",
    offer: "Esta información está disponible en español",
    languages: "Idiomas",
};

pub const UK: Essentials = Essentials {
    code: "uk",
    name: "Українська",
    rtl: false,
    reviewed: false,
    title: "Домашнє насильство: допомога у Франції",
    lead: "Ви не самі. Ці номери безкоштовні.",
    quick_exit: "Вийти",
    quick_exit_hint: "або Shift ×3",
    exit_press_more: "натисніть ще {n} рази…",
    exit_press_once: "…ще раз",
    skip: "Перейти до змісту",
    danger_h: "Безпосередня небезпека",
    police: "Поліція або жандармерія",
    eu: "Будь-яка надзвичайна ситуація, з будь-якого мобільного",
    sms: "SMS-повідомленням, якщо ви не можете говорити",
    listen_h: "Вислухають і порадять, цілодобово",
    line: "Violences Femmes Info: для жінок, які зазнають насильства, та їхніх близьких. Безкоштовно, анонімно, не відображається в рахунку. Це не номер екстреної допомоги.",
    child: "Дитина в небезпеці",
    find_h: "Знайти допомогу поруч",
    find_label: "Назва громади (commune) або поштовий індекс",
    find_button: "Шукати",
    find_note: "Результати французькою мовою.",
    safety_h: "Ваша безпека",
    safety: [
        "Кнопка «Вийти» вгорі сторінки відкриває нейтральний сайт. На клавіатурі: натисніть клавішу Shift 3 рази.",
        "Цей сайт не зберігає жодних слідів ваших пошуків. Ваш браузер зберігає історію: видаліть її після відвідування.",
    ],
    poster: "Насильство вдома? {line}: безкоштовна й анонімна підтримка, цілодобово. У небезпеці: {police} або {eu}, SMS {sms}.",
    offer: "Ця інформація є українською",
    languages: "Мови",
};

pub const RO: Essentials = Essentials {
    code: "ro",
    name: "Română",
    rtl: false,
    reviewed: false,
    title: "Violența în familie: ajutor în Franța",
    lead: "Nu sunteți singură. Aceste numere sunt gratuite.",
    quick_exit: "Ieșire",
    quick_exit_hint: "sau Shift ×3",
    exit_press_more: "apăsați încă de {n} ori…",
    exit_press_once: "…încă o dată",
    skip: "Salt la conținut",
    danger_h: "Pericol imediat",
    police: "Poliția sau jandarmeria",
    eu: "Orice urgență, de pe orice telefon mobil",
    sms: "Prin SMS, dacă nu puteți vorbi",
    listen_h: "Ascultare și sfaturi, 24 de ore din 24",
    line: "Violences Femmes Info: pentru femeile victime ale violenței și apropiații lor. Gratuit, anonim, nu apare pe factură. Nu este un număr de urgență.",
    child: "Copil în pericol",
    find_h: "Găsiți ajutor lângă dumneavoastră",
    find_label: "Localitatea (commune) sau codul poștal",
    find_button: "Căutați",
    find_note: "Rezultatele sunt în limba franceză.",
    safety_h: "Siguranța dumneavoastră",
    safety: [
        "Butonul „Ieșire” din partea de sus a paginii deschide un site neutru. Pe tastatură: apăsați de 3 ori tasta Shift.",
        "Acest site nu păstrează nicio urmă a căutărilor dumneavoastră. Browserul păstrează istoricul: ștergeți-l după vizită.",
    ],
    poster: "Violență acasă? {line}: ascultare gratuită și anonimă, 24 de ore din 24. În pericol: {police} sau {eu}, SMS {sms}.",
    offer: "Aceste informații există în limba română",
    languages: "Limbi",
};

#[cfg(test)]
mod tests {
    use super::ALL;

    #[test]
    fn every_language_has_every_field_and_the_same_placeholders() {
        for e in ALL {
            let fields = [
                e.title,
                e.lead,
                e.quick_exit,
                e.quick_exit_hint,
                e.exit_press_more,
                e.exit_press_once,
                e.skip,
                e.danger_h,
                e.police,
                e.eu,
                e.sms,
                e.listen_h,
                e.line,
                e.child,
                e.find_h,
                e.find_label,
                e.find_button,
                e.find_note,
                e.safety_h,
                e.safety[0],
                e.safety[1],
                e.poster,
                e.offer,
                e.languages,
            ];
            assert!(fields.iter().all(|f| !f.trim().is_empty()), "{}", e.code);
            for p in ["{line}", "{police}", "{eu}", "{sms}"] {
                assert!(e.poster.contains(p), "{}: poster lacks {p}", e.code);
            }
            assert!(e.exit_press_more.contains("{n}"), "{}", e.code);
            // Numbers come from the data, never from the catalogue.
            for n in ["3919", "17 ", "112", "114"] {
                assert!(
                    fields.iter().all(|f| !f.contains(n)),
                    "{}: {n} written",
                    e.code
                );
            }
        }
    }
}
