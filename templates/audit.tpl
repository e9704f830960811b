{{%AUTOESCAPE context="HTML"}}<h1>Jejak Audit</h1>
{{#intact}}<p class="saved" role="status">Rantai hash utuh: {{count}} baris diperiksa.</p>{{/intact}}
{{#no_intact}}<p class="error" role="alert">Rantai hash rusak pada baris {{first_bad}}: {{reason}}.</p>{{/no_intact}}
<form method="get" action="/admin/audit" class="grid">
<label>Aksi (awalan)<input name="aksi" value="{{aksi}}" placeholder="login"></label>
<label>Objek<input name="objek" value="{{objek}}" placeholder="request:LPS-2026-000001"></label>
<label>ID pengguna<input name="pengguna" value="{{pengguna}}" inputmode="numeric"></label>
<button type="submit">Saring</button>
</form>
<div class="table-wrap"><table>
<thead><tr><th>#</th><th>Waktu</th><th>Pelaku</th><th>Alamat</th><th>Aksi</th><th>Objek</th><th>Rincian</th><th>Hash</th></tr></thead>
<tbody>
{{#rows}}<tr><td>{{id}}</td><td>{{at}}</td><td>{{actor_kind}} {{actor_user}}</td><td>{{remote}}</td><td>{{action}}</td><td>{{object}}</td><td><code class="prewrap">{{detail}}</code></td><td><code>{{hash}}</code></td></tr>
{{/rows}}
</tbody>
</table></div>
{{#no_rows}}<p>Tidak ada baris yang cocok.</p>{{/no_rows}}
{{#older}}<p><a href="{{older}}">Baris yang lebih lama</a></p>{{/older}}
