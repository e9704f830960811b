{{%AUTOESCAPE context="HTML"}}<h1>Verifikasi Dokumen</h1>
<article class="receipt">
<p><strong>Dokumen ini diterbitkan oleh lapis, {{office}} ({{parent}}).</strong></p>
<table class="fields">
<tr><th scope="row">Dokumen</th><td>{{title}}</td></tr>
<tr><th scope="row">Kode dokumen</th><td><code>{{code}}</code></td></tr>
<tr><th scope="row">Untuk permohonan</th><td>{{number}}</td></tr>
<tr><th scope="row">Dibuat</th><td>{{created}}</td></tr>
<tr><th scope="row">SHA-256 berkas PDF</th><td><code class="prewrap">{{sha256}}</code></td></tr>
<tr><th scope="row">Ukuran</th><td>{{size}} bita</td></tr>
</table>
<p>Cocokkan kode dan nomor permohonan dengan yang tercetak di dokumen. Berkas PDF yang asli
memiliki SHA-256 di atas (periksa dengan <code>sha256sum</code>). Isi yang diisi dan ditandatangani
tangan setelah dicetak tidak tercakup oleh verifikasi ini.</p>
</article>
