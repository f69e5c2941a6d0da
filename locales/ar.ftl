# Maillage — the essentials in one language (`/ar/`), the poster's sentence,
# and the line offering this page. Translated from fr.ftl; numbers are never
# written here: { $line }, { $police }, { $eu }, { $sms } come from the data.

language-name = العربية
language-direction = rtl
# Set to yes once a native speaker has reviewed this file (start with
# `line`, `poster` and the safety lines).
language-reviewed = no

title = العنف داخل الأسرة: المساعدة في فرنسا
lead = لستِ وحدك. هذه الأرقام مجانية.
quick-exit = مغادرة
quick-exit-hint = أو { "\u2066" }Shift ×3{ "\u2069" }
exit-press-more = اضغطي Shift مجددًا ({ $n })…
exit-press-once = اضغطي Shift مرة أخيرة…
skip = الانتقال إلى المحتوى
danger-heading = خطر فوري
police = الشرطة أو الدرك
eu = أي حالة طوارئ، من أي هاتف محمول
sms = برسالة نصية (SMS)، إذا لم تستطيعي الكلام
listen-heading = الاستماع والنصيحة، على مدار 24 ساعة
line = «Violences Femmes Info»: للنساء ضحايا العنف ولأقاربهن. مجاني، دون ذكر الاسم، ولا يظهر في فاتورة الهاتف. ليس رقم طوارئ.
child = طفل في خطر
find-heading = ابحثي عن مساعدة قريبة منك
find-label = اسم البلدية أو الرمز البريدي
find-button = بحث
find-note = النتائج باللغة الفرنسية.
safety-heading = سلامتك
safety-exit = زر «مغادرة» في أعلى الصفحة يفتح موقعًا محايدًا. على لوحة المفاتيح: اضغطي على مفتاح Shift ثلاث مرات.
safety-history = هذا الموقع لا يحتفظ بأي أثر لعمليات بحثك. لكن متصفحك يحفظ السجل: امسحيه بعد زيارتك.
poster = عنف في البيت؟ { $line }: استماع مجاني ودون ذكر الاسم، على مدار 24 ساعة. في حالة الخطر: { $police } أو { $eu }، رسالة نصية { $sms }.
offer = هذه المعلومات متوفرة بالعربية
languages = اللغات
