{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/instansi">Permohonan instansi</a></li><li>Sistem elektronik</li></ul></nav>
<h1>Sistem Elektronik {{agency}}</h1>
<div class="table-wrap"><table class="systems">
<thead><tr><th>Sistem elektronik</th><th>Unit pemilik</th><th>Kategori</th><th>Skor</th><th>Dikategorikan</th></tr></thead>
<tbody>
{{#systems}}<tr><td><a href="/instansi/sistem/{{id}}">{{name}}</a>{{#url}}<br><small>{{url}}</small>{{/url}}</td><td>{{owner_unit}}</td><td><span class="category category-{{category}}">{{category_label}}</span></td><td>{{score}}</td><td>{{categorised}}</td></tr>
{{/systems}}
{{#no_systems}}<tr><td colspan="5">Belum ada sistem elektronik terdaftar.</td></tr>{{/no_systems}}
</tbody></table></div>
<section id="tambah">
<h2>Daftarkan sistem elektronik</h2>
<p><small>Kategori ditetapkan oleh Tim Pelaksana Kategorisasi melalui layanan Asistensi Kategorisasi Sistem Elektronik.</small></p>
<form method="post" action="/instansi/sistem">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="s-nama">Nama sistem elektronik <span class="required">*</span></label>
<input id="s-nama" name="nama" value="{{value_nama}}" maxlength="200"{{#error_nama}} aria-invalid="true"{{/error_nama}}>
{{#error_nama}}<small class="error">{{error_nama}}</small>{{/error_nama}}
<label for="s-url">Alamat (URL)</label>
<input id="s-url" type="url" name="url" value="{{value_url}}" placeholder="https://"{{#error_url}} aria-invalid="true"{{/error_url}}>
{{#error_url}}<small class="error">{{error_url}}</small>{{/error_url}}
<label for="s-unit">Unit kerja pemilik / pengelola <span class="required">*</span></label>
<input id="s-unit" name="unit" value="{{value_unit}}" maxlength="200"{{#error_unit}} aria-invalid="true"{{/error_unit}}>
{{#error_unit}}<small class="error">{{error_unit}}</small>{{/error_unit}}
<label for="s-deskripsi">Deskripsi</label>
<textarea id="s-deskripsi" name="deskripsi" rows="6"{{#error_deskripsi}} aria-invalid="true"{{/error_deskripsi}}>{{value_deskripsi}}</textarea>
{{#error_deskripsi}}<small class="error">{{error_deskripsi}}</small>{{/error_deskripsi}}
<button type="submit">Daftarkan</button>
</form>
</section>
