{{%AUTOESCAPE context="HTML"}}<h1>Kirim Ulang Tautan Pelacakan</h1>
<p>Masukkan nomor permohonan dan alamat email yang Anda tulis saat mengajukan. Bila cocok, kami
mengirim tautan pelacakan baru ke alamat itu.</p>
<form method="post" action="/lacak/kirim-ulang">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="nomor">Nomor permohonan</label>
<input id="nomor" name="nomor" placeholder="LPS-2026-000123" autocomplete="off" required>
<label for="email">Alamat email</label>
<input id="email" name="email" type="email" required>
<button type="submit">Kirim tautan baru</button>
</form>
