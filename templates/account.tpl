{{%AUTOESCAPE context="HTML"}}<h1>Akun Saya</h1>
<table class="fields">
<tr><th scope="row">Nama</th><td>{{name}}</td></tr>
<tr><th scope="row">Email</th><td>{{email}}</td></tr>
<tr><th scope="row">Peran</th><td>{{#roles}}{{name}}<br>{{/roles}}</td></tr>
<tr><th scope="row">Verifikasi dua langkah</th><td>{{#second_factor}}Aktif{{/second_factor}}{{#no_second_factor}}Belum aktif{{/no_second_factor}}</td></tr>
</table>
<form method="post" action="/akun/keluar-semua">
<input type="hidden" name="_csrf" value="{{csrf}}">
<button type="submit" class="secondary">Keluar dari semua perangkat</button>
</form>
