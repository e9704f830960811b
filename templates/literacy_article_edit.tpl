{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li><a href="/staf/literasi">Artikel literasi</a></li><li>{{#existing}}Ubah{{/existing}}{{#no_existing}}Baru{{/no_existing}}</li></ul></nav>
<h1>{{#existing}}Ubah artikel{{/existing}}{{#no_existing}}Artikel baru{{/no_existing}}</h1>
{{#existing}}<p>Status: <strong>{{#published}}Terbit di <a href="/literasi/{{slug}}">/literasi/{{slug}}</a>{{/published}}{{#no_published}}Draf (belum terlihat publik){{/no_published}}</strong></p>
<form method="post" action="/staf/literasi/artikel/{{id}}/terbit" class="inline">
<input type="hidden" name="_csrf" value="{{csrf}}">
{{#published}}<input type="hidden" name="terbit" value="0"><button type="submit" class="secondary">Tarik dari portal</button>{{/published}}
{{#no_published}}<input type="hidden" name="terbit" value="1"><button type="submit">Terbitkan (TLP:CLEAR)</button>{{/no_published}}
</form>{{/existing}}
<form method="post" action="{{action}}">
<input type="hidden" name="_csrf" value="{{csrf}}">
{{#has_errors}}<p class="error" role="alert">Artikel belum disimpan; periksa isian yang ditandai.</p>{{/has_errors}}
<label for="artikel-judul">Judul</label>
<input id="artikel-judul" type="text" name="judul" value="{{title}}" maxlength="200" required{{#error_judul}} aria-invalid="true"{{/error_judul}}>
{{#error_judul}}<small class="error">{{error_judul}}</small>{{/error_judul}}
<label for="artikel-alamat">Alamat di portal (/literasi/…)</label>
<input id="artikel-alamat" type="text" name="alamat" value="{{slug}}" maxlength="80"{{#error_alamat}} aria-invalid="true"{{/error_alamat}}>
<small>Kosongkan untuk dibuat dari judul. Huruf kecil, angka dan tanda hubung.</small>
{{#error_alamat}}<small class="error">{{error_alamat}}</small>{{/error_alamat}}
<label for="artikel-ringkasan">Ringkasan (opsional)</label>
<textarea id="artikel-ringkasan" name="ringkasan" rows="2" maxlength="500">{{summary}}</textarea>
{{#error_ringkasan}}<small class="error">{{error_ringkasan}}</small>{{/error_ringkasan}}
<label for="artikel-isi">Isi (Markdown)</label>
<textarea id="artikel-isi" name="isi" rows="18"{{#error_isi}} aria-invalid="true"{{/error_isi}}>{{body}}</textarea>
<small>Markdown: **tebal**, *miring*, # judul, - daftar, [tautan](https://…), tabel. HTML mentah tidak ditampilkan. Materi yang diterbitkan berlabel TLP:CLEAR: jangan memuat informasi terbatas.</small>
{{#error_isi}}<small class="error">{{error_isi}}</small>{{/error_isi}}
<button type="submit">Simpan</button>
</form>
{{#preview}}<section>
<h2>Pratinjau (versi tersimpan)</h2>
<article class="literacy-article">{{preview:none}}</article>
</section>{{/preview}}
