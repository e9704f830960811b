{{%AUTOESCAPE context="HTML"}}<h1>Akun Perangkat Daerah</h1>
<p>Dengan akun Perangkat Daerah Anda dapat mengikuti semua permohonan instansi Anda dan
menyelesaikan langkah yang menjadi bagian pemohon atau pemilik sistem elektronik.
Gunakan alamat email dinas (@{{domain}}); kami mengirim tautan verifikasi ke sana.</p>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
<form method="post" action="/instansi/daftar">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="nama">Nama lengkap</label>
<input id="nama" name="nama" value="{{name}}" required>
<label for="email">Email dinas</label>
<input id="email" name="email" type="email" value="{{email}}" required>
<label for="instansi">Perangkat Daerah</label>
<select id="instansi" name="instansi" required><option value="">— pilih —</option>
{{#agencies}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>
{{/agencies}}</select>
<label for="password">Kata sandi (minimal 12 karakter)</label>
<input id="password" name="password" type="password" autocomplete="new-password" required>
<label for="password_again">Ulangi kata sandi</label>
<input id="password_again" name="password_again" type="password" autocomplete="new-password" required>
<button type="submit">Daftar</button>
</form>
