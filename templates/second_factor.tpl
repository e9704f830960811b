{{%AUTOESCAPE context="HTML"}}<h1>Kode Verifikasi</h1>
<p>Masukkan kode 6 angka dari aplikasi autentikator Anda, atau salah satu kode pemulihan.</p>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
<form method="post" action="/masuk/kode">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="kode">Kode</label>
<input id="kode" name="kode" inputmode="numeric" autocomplete="one-time-code" required>
<button type="submit">Lanjutkan</button>
</form>
