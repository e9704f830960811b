{{%AUTOESCAPE context="HTML"}}<h1>Verifikasi Dua Langkah</h1>
<p>Petugas wajib memakai verifikasi dua langkah sebelum dapat bertindak atas permohonan.
Pindai kode QR ini dengan aplikasi autentikator (misalnya Google Authenticator, Aegis atau FreeOTP),
lalu masukkan kode 6 angka yang muncul.</p>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
<figure class="qr">{{qr_svg:none}}</figure>
<p>Tidak dapat memindai? Masukkan kunci ini secara manual: <code>{{secret}}</code></p>
<form method="post" action="/akun/dua-langkah">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="kode">Kode dari aplikasi</label>
<input id="kode" name="kode" inputmode="numeric" autocomplete="one-time-code" required>
<button type="submit">Aktifkan</button>
</form>
