# Maillage — the essentials in one language (`/tr/`), the poster's sentence,
# and the line offering this page. Translated from fr.ftl; numbers are never
# written here: { $line }, { $police }, { $eu }, { $sms } come from the data.

language-name = Türkçe
language-direction = ltr
# Set to yes once a native speaker has reviewed this file (start with
# `line`, `poster` and the safety lines).
language-reviewed = no

title = Ev içi şiddet: Fransa'da yardım
lead = Yalnız değilsiniz. Bu numaralar ücretsizdir.
quick-exit = Çık
quick-exit-hint = veya Shift ×3
exit-press-more = { $n } kez daha basın…
exit-press-once = …bir kez daha
skip = İçeriğe geç
danger-heading = Acil tehlike
police = Polis veya jandarma
eu = Her türlü acil durum, her cep telefonundan
sms = Konuşamıyorsanız SMS ile
listen-heading = Dinleme ve danışma, 24 saat
line = Violences Femmes Info: şiddete uğrayan kadınlar ve yakınları için. Ücretsiz, isim vermeden, faturada görünmez. Acil durum numarası değildir.
child = Tehlikedeki çocuk
find-heading = Yakınınızda yardım bulun
find-label = Belediye (commune) adı veya posta kodu
find-button = Ara
find-note = Sonuçlar Fransızcadır.
safety-heading = Güvenliğiniz
safety-exit = Sayfanın üstündeki «Çık» düğmesi tarafsız bir site açar. Klavyede: Shift tuşuna 3 kez basın.
safety-history = Bu site aramalarınızın hiçbir izini saklamaz. Tarayıcınız geçmişi saklar: ziyaretinizden sonra silin.
poster = Evde şiddet mi? { $line }: ücretsiz ve isim vermeden dinleme, 24 saat. Tehlikede: { $police } veya { $eu }, SMS { $sms }.
offer = Bu bilgiler Türkçe de var
languages = Diller
