{{%AUTOESCAPE context="HTML"}}<h1>Kode Pemulihan</h1>
<p>Verifikasi dua langkah aktif. Simpan kode pemulihan ini di tempat aman: setiap kode dapat
dipakai satu kali bila ponsel Anda hilang. Kode ini tidak akan ditampilkan lagi.</p>
<ul class="recovery-codes">{{#codes}}<li><code>{{code}}</code></li>{{/codes}}</ul>
<p><a href="/staf" role="button">Ke antrean</a></p>
