{{%AUTOESCAPE context="HTML"}}<h1>Buat Akun Admin Pertama</h1>
<p>Tautan ini hanya dapat dipakai sekali.</p>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
<form method="post" action="/siapkan/{{token}}">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="name">Nama lengkap</label>
<input id="name" name="name" value="{{name}}" required>
<label for="email">Email</label>
<input id="email" type="email" name="email" value="{{email}}" required>
<label for="password">Kata sandi (minimal 12 karakter)</label>
<input id="password" type="password" name="password" autocomplete="new-password" required>
<label for="password_again">Ulangi kata sandi</label>
<input id="password_again" type="password" name="password_again" autocomplete="new-password" required>
<button type="submit">Buat akun</button>
</form>
