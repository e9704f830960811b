{{%AUTOESCAPE context="HTML"}}<h1>Masuk</h1>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
<form method="post" action="/masuk">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="email">Email</label>
<input id="email" type="email" name="email" value="{{email}}" autocomplete="username" required>
<label for="password">Kata sandi</label>
<input id="password" type="password" name="password" autocomplete="current-password" required>
<button type="submit">Masuk</button>
</form>
<p>Perangkat Daerah belum punya akun? <a href="/instansi/daftar">Daftar dengan email dinas</a>.</p>
